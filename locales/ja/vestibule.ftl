locale-name = 日本語

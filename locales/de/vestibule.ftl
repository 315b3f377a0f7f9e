locale-name = Deutsch

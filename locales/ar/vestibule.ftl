locale-name = العربية

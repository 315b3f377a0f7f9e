locale-name = Português (Brasil)

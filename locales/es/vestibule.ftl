locale-name = Español

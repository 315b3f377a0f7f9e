locale-name = Italiano

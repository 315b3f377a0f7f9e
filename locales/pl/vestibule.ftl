locale-name = Polski

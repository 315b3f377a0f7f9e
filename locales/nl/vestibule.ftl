locale-name = Nederlands

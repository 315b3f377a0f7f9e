locale-name = 简体中文

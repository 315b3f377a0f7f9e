locale-name = Français

locale-name = Svenska

# Kratos's messages by id (a small set until the full catalog lands).
kratos-1010001 = Sign in
kratos-1070001 = Password
kratos-1070002 = { $title }
kratos-1070004 = ID
kratos-4000006 = The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.

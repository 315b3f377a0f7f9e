### Textos em português (Brasil) para as mensagens de interface do Ory Kratos v1.3.1.


## Entrar

kratos-1010000 = Entrar
kratos-1010001 = Entrar
kratos-1010002 = Entrar com { $provider }
kratos-1010003 = Confirme que é você para continuar.
kratos-1010004 = Conclua a segunda etapa do login para continuar.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticação
kratos-1010007 = Código de backup
kratos-1010008 = Entrar com chave de segurança
kratos-1010009 = Usar aplicativo autenticador
kratos-1010010 = Usar código de backup
kratos-1010011 = Entrar com chave de segurança
kratos-1010012 = Tenha em mãos sua chave de segurança ou seu dispositivo biométrico (como um leitor de impressão digital) e selecione Continuar.
kratos-1010013 = Continuar
kratos-1010014 = Enviamos um código para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e tente entrar novamente.
kratos-1010015 = Enviar código de login
kratos-1010016 = Você tentou entrar com { $duplicate_identifier }, mas outra conta já usa esse endereço de e-mail. Entre nessa conta com uma das opções abaixo para adicionar sua conta { $provider } { $duplicate_identifier } como outra forma de login.
kratos-1010017 = Entrar e vincular
kratos-1010018 = Confirmar com { $provider }
kratos-1010019 = Solicitar um código para continuar
kratos-1010020 = Informe o endereço em que você quer receber o código, para confirmar que ele pertence a você.
kratos-1010021 = Entrar com chave de acesso
kratos-1010022 = Entrar com senha
kratos-1010023 = Enviar código para { $address }


## Sair

kratos-1020000 = Sair


## Autenticação multifator

kratos-1030000 = Autenticação multifator


## Criar conta

kratos-1040000 = Criar conta
kratos-1040001 = Criar conta
kratos-1040002 = Criar conta com { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Criar conta com chave de segurança
kratos-1040005 = Enviamos um código para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e tente criar a conta novamente.
kratos-1040006 = Enviar código de cadastro
kratos-1040007 = Criar conta com chave de acesso
kratos-1040008 = Voltar
kratos-1040009 = Escolha como você quer entrar na sua conta.


## Configurações da conta

kratos-1050000 = Configurações da conta
kratos-1050001 = Suas alterações foram salvas.
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Remover aplicativo autenticador
kratos-1050005 = QR code para o seu aplicativo autenticador
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar códigos de backup
kratos-1050008 = Gerar novos códigos de backup
kratos-1050009 = { $secret }
kratos-1050010 = Estes são os seus códigos de backup. Guarde-os em um lugar seguro!
kratos-1050011 = Confirmar códigos de backup
kratos-1050012 = Adicionar chave de segurança
kratos-1050013 = Nome da chave de segurança
kratos-1050014 =
    { $used_days_ago ->
        [0] Usado hoje
        [one] Usado há { $used_days_ago } dia
       *[other] Usado há { $used_days_ago } dias
    }
kratos-1050015 = { $secrets }
kratos-1050016 = Desativar este método
kratos-1050017 = Esta é a chave secreta do seu aplicativo autenticador. Digite-a no aplicativo se não conseguir ler o QR code.
kratos-1050018 = Remover chave de segurança “{ $display_name }”
kratos-1050019 = Adicionar chave de acesso
kratos-1050020 = Remover chave de acesso “{ $display_name }”


## Recuperação da conta

kratos-1060000 = Recuperar sua conta
kratos-1060001 =
    Você recuperou sua conta. Altere sua senha ou configure outra forma de login (como o login social) em até { $remaining_minutes ->
        [one] { $remaining_minutes } minuto
       *[other] { $remaining_minutes } minutos
    }.
kratos-1060002 = Enviamos um link de recuperação para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e se é o mesmo que você usou no cadastro.
kratos-1060003 = Enviamos um código de recuperação para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e se é o mesmo que você usou no cadastro.


## Campos e botões de formulário

kratos-1070000 = Campo
kratos-1070001 = Senha
kratos-1070002 = { $title }
kratos-1070003 = Salvar
kratos-1070004 = ID
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = E-mail
kratos-1070008 = Reenviar código
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperação
kratos-1070011 = Código de verificação
kratos-1070012 = Código de cadastro
kratos-1070013 = Código de login
kratos-1070014 = Entrar e vincular
kratos-1070015 = Conclua o desafio CAPTCHA para continuar.


## Verificação de endereço

kratos-1080000 = Verificar sua conta
kratos-1080001 = Enviamos um link de verificação para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e se é o mesmo que você usou no cadastro.
kratos-1080002 = Seu endereço de e-mail foi verificado.
kratos-1080003 = Enviamos um código de verificação para o endereço de e-mail informado. Se ele não chegou, confira se o endereço está correto e se é o mesmo que você usou no cadastro.


## Erros de validação

kratos-4000000 = Algumas das informações que você digitou não são válidas. Confira e tente novamente.
kratos-4000001 = { $reason }
kratos-4000002 = O campo “{ $property }” é obrigatório.
kratos-4000003 =
    Use pelo menos { $min_length ->
        [one] { $min_length } caractere
       *[other] { $min_length } caracteres
    } (você digitou { $actual_length }).
kratos-4000004 = Este valor não está no formato exigido ({ $pattern }).
kratos-4000005 = Esta senha não pode ser usada: { $reason }.
kratos-4000006 = Os dados de login informados estão incorretos. Confira se há erros de digitação na senha e no nome de usuário, endereço de e-mail ou número de telefone.
kratos-4000007 = Já existe uma conta com este identificador (endereço de e-mail, número de telefone, nome de usuário…).
kratos-4000008 = Este código de autenticação não é válido. Tente novamente.
kratos-4000009 = Nenhum identificador de login foi encontrado. Você se esqueceu de informar um? Isso também pode ser causado por um problema de configuração do servidor.
kratos-4000010 = Sua conta ainda não está ativa. Você já verificou seu endereço de e-mail?
kratos-4000011 = Você não configurou um aplicativo autenticador.
kratos-4000012 = Este código de backup já foi usado.
kratos-4000013 = Você não configurou uma chave de segurança.
kratos-4000014 = Você não configurou códigos de backup.
kratos-4000015 = Esta conta não existe ou não tem uma chave de segurança configurada.
kratos-4000016 = Este código de backup não é válido.
kratos-4000017 =
    Use no máximo { $max_length ->
        [one] { $max_length } caractere
       *[other] { $max_length } caracteres
    } (você digitou { $actual_length }).
kratos-4000018 = Informe um valor maior ou igual a { $minimum } (você informou { $actual }).
kratos-4000019 = Informe um valor maior que { $minimum } (você informou { $actual }).
kratos-4000020 = Informe um valor menor ou igual a { $maximum } (você informou { $actual }).
kratos-4000021 = Informe um valor menor que { $maximum } (você informou { $actual }).
kratos-4000022 = Informe um múltiplo de { $base } (você informou { $actual }).
kratos-4000023 =
    Informe no máximo { $max_items ->
        [one] { $max_items } item
       *[other] { $max_items } itens
    } (você informou { $actual_items }).
kratos-4000024 =
    Informe pelo menos { $min_items ->
        [one] { $min_items } item
       *[other] { $min_items } itens
    } (você informou { $actual_items }).
kratos-4000025 = Cada item deve ser único, mas os itens { $index_a } e { $index_b } são iguais.
kratos-4000026 = Este valor é do tipo errado: o esperado era { $allowed_types }, mas foi recebido { $actual_type }.
kratos-4000027 = Já existe uma conta com este identificador (endereço de e-mail, número de telefone, nome de usuário…). Entre nessa conta para vincular a ela seu perfil de login social.
kratos-4000028 = Outra conta já usa { $credential_identifier_hint }. Entre nessa conta, com uma das formas de login configuradas para ela.
kratos-4000029 = Este valor deve ser { $expected }.
kratos-4000030 = Este valor não é permitido.
kratos-4000031 = Esta senha não pode ser usada porque é muito parecida com seu endereço de e-mail, número de telefone ou nome de usuário.
kratos-4000032 =
    Sua senha precisa ter pelo menos { $min_length ->
        [one] { $min_length } caractere
       *[other] { $min_length } caracteres
    } (você digitou { $actual_length }).
kratos-4000033 =
    Sua senha pode ter no máximo { $max_length ->
        [one] { $max_length } caractere
       *[other] { $max_length } caracteres
    } (você digitou { $actual_length }).
kratos-4000034 = Esta senha apareceu em vazamentos de dados e não deve mais ser usada. Escolha outra.
kratos-4000035 = Esta conta não existe ou não tem o login com código configurado.
kratos-4000036 = Os dados informados não correspondem aos que você informou antes neste processo.
kratos-4000037 = Esta conta não existe ou não tem nenhuma forma de login configurada.
kratos-4000038 = A verificação CAPTCHA falhou. Tente novamente.


## Erros ao entrar

kratos-4010000 = Não foi possível entrar. Confira seus dados e tente novamente.
kratos-4010001 =
    Esta página de login expirou há { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Tente novamente.
kratos-4010002 = Não encontramos uma forma de fazer seu login com as informações fornecidas. Você preencheu o formulário corretamente?
kratos-4010003 = Não encontramos uma forma de criar sua conta com as informações fornecidas. Você preencheu o formulário corretamente?
kratos-4010004 = Não encontramos uma forma de atualizar suas configurações com as informações fornecidas. Você preencheu o formulário corretamente?
kratos-4010005 = Não encontramos uma forma de recuperar sua conta com as informações fornecidas. Você preencheu o formulário corretamente?
kratos-4010006 = Não encontramos uma forma de verificar sua conta com as informações fornecidas. Você preencheu o formulário corretamente?
kratos-4010007 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4010008 = Este código de login não é válido ou já foi usado. Tente novamente.
kratos-4010009 = As formas de login que você quer vincular não correspondem.
kratos-4010010 = O endereço informado não corresponde a nenhum endereço desta conta.


## Erros ao criar conta

kratos-4040000 = Não foi possível criar a conta. Confira seus dados e tente novamente.
kratos-4040001 =
    Esta página de cadastro expirou há { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Tente novamente.
kratos-4040002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4040003 = Este código de cadastro não é válido ou já foi usado. Tente novamente.


## Erros nas configurações da conta

kratos-4050000 = Não foi possível atualizar suas configurações. Confira seus dados e tente novamente.
kratos-4050001 =
    Esta página de configurações expirou há { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Tente novamente.


## Erros na recuperação da conta

kratos-4060000 = Não foi possível recuperar sua conta. Confira seus dados e tente novamente.
kratos-4060001 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4060002 = A recuperação da conta falhou. Comece de novo.
kratos-4060003 = O link de recuperação está incompleto: falta o token. Comece de novo.
kratos-4060004 = Este link de recuperação não é válido ou já foi usado. Comece de novo.
kratos-4060005 =
    Esta página de recuperação de conta expirou há { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Tente novamente.
kratos-4060006 = Este código de recuperação não é válido ou já foi usado. Tente novamente.


## Erros na verificação de endereço

kratos-4070000 = Não foi possível verificar seu endereço. Confira seus dados e tente novamente.
kratos-4070001 = Este link de verificação não é válido ou já foi usado. Comece de novo.
kratos-4070002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4070003 = A verificação falhou. Comece de novo.
kratos-4070004 = O link de verificação está incompleto: falta o token. Comece de novo.
kratos-4070005 =
    Esta página de verificação expirou há { $expired_minutes ->
        [one] { $expired_minutes } minuto
       *[other] { $expired_minutes } minutos
    }. Tente novamente.
kratos-4070006 = Este código de verificação não é válido ou já foi usado. Tente novamente.


## Erros do sistema

kratos-5000000 = Algo deu errado do nosso lado. Tente novamente mais tarde.
kratos-5000001 = { $reason }

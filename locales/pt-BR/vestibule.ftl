### Textos do próprio vestibule em português (Brasil).

## Este idioma, como aparece no seletor de idioma

locale-name = Português (Brasil)

## Todas as páginas

language-switcher-label = Idioma
language-switcher-submit = Mudar idioma
page-title = { $title } · { $app }
flow-links-label = Outras opções

## Página inicial

home-title = Sua conta
home-signed-in-as = Você entrou como { $identifier }.
home-addresses-heading = Seus endereços
home-address-verified = verificado
home-address-unverified = não verificado
home-address-verify = Verificar
home-security-heading = Como sua conta está protegida
home-security-password-set = Senha: definida
home-security-password-not-set = Senha: não definida
home-security-second-factor-on = Segundo fator: ativado
home-security-second-factor-off = Segundo fator: desativado
home-security-app-set-up = Aplicativo autenticador: configurado
home-security-app-not-set-up = Aplicativo autenticador: não configurado
home-security-keys = Chaves de segurança: { $count }
home-security-passkeys = Chaves de acesso: { $count }
home-security-recovery-codes-left = Códigos de backup restantes: { $count }
home-security-recovery-codes-none = Códigos de backup: não configurados
home-settings = Configurações da conta
home-apps = Aplicativos conectados
home-sessions = Onde você fez login
sign-out = Sair
home-second-factor-title = Só mais uma etapa
home-second-factor-text = Sua conta usa um segundo fator. Confirme-o para concluir o login.
continue = Continuar
home-welcome-title = Boas-vindas
home-signed-out-text = Você não fez login.
sign-in = Entrar
create-account = Criar conta
back-to-account = Voltar para sua conta

## Páginas de login, cadastro, recuperação, verificação e configurações

login-title = Entrar
login-second-factor-title = Segundo fator
login-second-factor-lead = Confirme que é você com o segundo fator que você configurou.
login-refresh-title = Confirme que é você
login-refresh-lead = Entre novamente para continuar.
login-new-here = Ainda não tem conta?
login-phone-prompt = Tem um celular?
login-phone-link = Entrar por SMS
login-forgot-password = Esqueceu sua senha?
recover-account = Recuperar sua conta
flow-continue-to = para continuar no { $client }
registration-title = Criar conta
registration-have-account = Já tem uma conta?
recovery-title = Recuperar sua conta
recovery-lead = Vamos enviar um código por e-mail para você entrar e definir uma nova senha.
recovery-remembered = Lembrou a senha?
back-to-sign-in = Voltar para o login
verification-title = Verificar seu endereço de e-mail
verification-not-now = Agora não?
verification-skip = Pular a verificação por enquanto
settings-title = Configurações da conta
flow-image-alt = Imagem
flow-identifier-label = E-mail ou número de telefone

## Seções da página de configurações

group-password = Senha
group-code = Código de uso único
group-oidc = Entrar com outra conta
group-webauthn = Chaves de segurança
group-passkey = Chaves de acesso
group-totp = Aplicativo autenticador
group-lookup-secret = Códigos de backup
group-profile = Perfil
group-link = Link de recuperação

## Login por SMS

phone-title = Entrar com seu telefone
phone-lead = Vamos enviar um código por SMS. Ainda não tem conta? Ela será criada quando você confirmar o código.
phone-label = Número de telefone
phone-other-way = Prefere outra forma?
phone-error-format = Digite o número no formato internacional, começando com + e o código do país, por exemplo +55 11 91234 5678.
phone-error-country = O login por SMS não está disponível para números deste país. Entre de outra forma.
phone-error-unusable = Este número não pode ser usado para entrar. Confira o número ou entre de outra forma.
phone-needs-app = A entrada por SMS começa no aplicativo ou site em que você está entrando: volte lá e escolha essa opção de novo.
phone-needs-app-account = Já tem uma conta com o seu número? Entre com um código na página de entrada.
phone-to-sign-in = Ir para a página de entrada
phone-limited-client = Houve tentativas demais de entrar por SMS a partir da sua rede. Tente novamente em { $wait }.
phone-limited-number = Foram pedidos códigos demais para este número. Tente novamente em { $wait }.
phone-limited-prefix = Foram tentados números demais parecidos com este. Tente novamente em { $wait }.
phone-limited-sign-in = Se você já tem uma conta com este número, ainda pode entrar agora: a página de entrada envia um código por SMS, e um código que você já recebeu pode ser digitado onde você o pediu.
phone-limited-sign-in-link = Entrar com um código
phone-limits-unavailable = A entrada por SMS não está disponível agora. Tente novamente em um minuto ou entre de outra forma.

## Consentimento

consent-title = Permitir acesso
consent-logo-alt = Logotipo de { $client }
consent-heading = { $client } quer acessar sua conta
consent-signed-in-as = Você entrou como { $identifier }
consent-legend = Com isso, { $client } poderá:
consent-required = (obrigatório)
consent-scope-unknown = Permissão { $scope }
consent-audiences = { $client } poderá usar este acesso com:
consent-remember = Lembrar esta decisão
consent-allow = Permitir
consent-deny = Negar
consent-privacy-policy = Política de privacidade
consent-terms-of-service = Termos de serviço

## Permissões

scope-openid-title = Fazer seu login
scope-openid-description = Confirmar quem você é com sua conta.
scope-offline-title = Manter a conexão
scope-offline-description = Manter o acesso enquanto você não estiver usando o aplicativo, até que você o revogue.
scope-email-title = Seu endereço de e-mail
scope-email-description = Ver seu endereço de e-mail e se ele foi verificado.
scope-profile-title = Seu perfil
scope-profile-description = Ver seu nome e informações básicas do perfil, como nome de usuário e foto.
scope-phone-title = Seu número de telefone
scope-phone-description = Ver seu número de telefone e se ele foi verificado.
scope-address-title = Seu endereço postal
scope-address-description = Ver o endereço postal cadastrado na sua conta.

## Aplicativos conectados

apps-title = Aplicativos conectados
apps-intro = Aplicativos que você autorizou a usar sua conta. Ao remover o acesso de um aplicativo, ele é desconectado e vai pedir sua permissão novamente.
apps-none = Nenhum aplicativo tem acesso à sua conta.
apps-can = Pode:
apps-allowed-on = Autorizado em { $date }.
apps-remembered-no = Decisão não salva: o aplicativo vai pedir permissão novamente na próxima vez.
apps-remembered-until-revoked = Decisão salva até você remover o acesso.
apps-remembered-until = Decisão salva até { $date }.
apps-remove = Remover o acesso de { $client }

## Onde você fez login (sessões)

sessions-title = Onde você fez login
sessions-this-browser = Este navegador
sessions-signed-in-on-with = Login em { $date } com { $methods }.
sessions-signed-in-on = Login em { $date }.
sessions-from-location = De { $address } ({ $location }).
sessions-from = De { $address }.
sessions-sign-out-device = Encerrar a sessão em { $device }
sessions-sign-out-others = Encerrar todas as outras sessões
sessions-unknown-device = Dispositivo desconhecido
device-browser-on-os = { $browser } no { $os }
device-with-kind = { $device } ({ $kind })
device-kind-desktop = computador
device-kind-phone = telefone
device-kind-mobile-phone = celular
device-kind-device = dispositivo
device-kind-crawler = robô
method-password = senha
method-code = código de uso único
method-totp = aplicativo autenticador
method-lookup-secret = código de backup
method-webauthn = chave de segurança
method-passkey = chave de acesso
method-oidc = outra conta
method-recovery = recuperação de conta

## Sair

logout-title = Sair
logout-heading = Sair?
logout-client-asks = { $client } pediu para encerrar sua sessão.
logout-application-asks = Um aplicativo pediu para encerrar sua sessão.
logout-everywhere = Você sairá de todos os aplicativos que usam esta conta neste navegador.
logout-yes = Sim, sair
logout-no = Não, manter a sessão
logout-here = Você sairá desta conta aqui, e os aplicativos vão pedir que você entre novamente.
cancel = Cancelar

## Páginas de erro

error-status-reference = Erro { $status } · referência { $reference }
error-code = Erro { $code }
error-go-to-start = Ir para a página inicial
error-try-again = Tentar novamente
error-flow-loop-title = O login não está funcionando no momento
error-flow-loop = Seu navegador foi redirecionado de um lado para o outro sem chegar a lugar nenhum, então paramos. O problema é do nosso lado, não do seu. Tente novamente mais tarde.
error-unavailable-title = O login está temporariamente indisponível
error-hydra-unavailable = O serviço de autorização não está respondendo. Tente novamente em instantes.
error-kratos-unavailable = O serviço de identidade não está respondendo. Tente novamente em instantes.
error-not-found-title = Página não encontrada
error-not-found = Este link não é válido ou já foi usado. Comece de novo pelo aplicativo em que você estava entrando.
error-bad-request-title = Não foi possível processar esta solicitação
error-bad-request = O link ou formulário que você usou está incompleto ou malformado. Comece de novo pelo aplicativo em que você estava entrando.
error-forbidden-title = Esta solicitação foi recusada
error-forbidden = Não foi possível validar o formulário. Recarregue a página e tente novamente.
error-timeout-title = A solicitação demorou demais
error-timeout = Seu navegador não terminou de enviar o formulário a tempo. Tente novamente.
error-too-large-title = A solicitação é grande demais
error-too-large = O formulário enviou mais dados do que é possível receber. Recarregue a página e tente novamente.
error-headers-too-large = Seu navegador enviou mais cookies do que este site aceita. Limpe os cookies deste site e tente novamente.
error-too-many-title = Tentativas demais
error-too-many = Houve tentativas demais de entrar por SMS. Tente novamente em { $wait } ou entre de outra forma.
wait-seconds =
    { $count ->
        [one] { $count } segundo
       *[other] { $count } segundos
    }
wait-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
error-internal-title = Algo deu errado
error-internal = Ocorreu um erro inesperado. Tente novamente. Se o problema continuar, entre em contato com o administrador do serviço e informe a referência abaixo.
error-request-not-completed = Não foi possível concluir a solicitação.
kratos-error-return-to-title = Este link não pode continuar
kratos-error-return-to = O link queria levar você a um endereço que este site não permite. Comece de novo pelo aplicativo em que você queria entrar.
kratos-error-expired-title = O formulário expirou
kratos-error-expired = Você levou mais tempo do que o permitido para concluir. Comece de novo.
kratos-error-csrf-title = Não foi possível verificar o formulário
kratos-error-csrf = Isso acontece quando os cookies estão bloqueados ou o formulário foi aberto em outra aba ou navegador. Permita cookies para este site e comece de novo.
kratos-error-identity-mismatch-title = Este link é para outra pessoa
kratos-error-identity-mismatch = Ele foi aberto em um navegador conectado a outra conta. Saia e abra o link novamente.
kratos-error-signed-in-title = Você já está conectado
kratos-error-signed-in = Vá para a sua conta ou saia primeiro para usar outra conta.
kratos-error-signed-out-title = Você não está conectado
kratos-error-signed-out = Entre e tente novamente.
kratos-error-sign-in-again-title = Entre novamente para continuar
kratos-error-sign-in-again = Isso exige uma entrada recente ou o seu segundo fator. Entre novamente e tente outra vez.
kratos-error-address-not-verified-title = Verifique seu endereço primeiro
kratos-error-address-not-verified = Confirme seu endereço de e-mail com o link ou o código que você recebeu e depois entre.
kratos-error-disabled-title = Isto não está disponível
kratos-error-disabled = Este site não oferece isso. Comece de novo pelo aplicativo em que você queria entrar.

## Erros informados por um aplicativo após o login (códigos de erro OAuth2)

oauth2-error-failed-title = Não foi possível concluir o login
oauth2-error-access-denied-title = O acesso não foi concedido
oauth2-error-access-denied = A solicitação foi recusada, então o aplicativo não recebeu acesso à sua conta.
oauth2-error-login-required-title = Entre na sua conta
oauth2-error-login-required = O aplicativo precisa que você entre na sua conta. Volte para ele e comece de novo.
oauth2-error-consent-required-title = Sua permissão é necessária
oauth2-error-consent-required = O aplicativo precisa que você permita o acesso. Volte para ele e comece de novo.
oauth2-error-invalid-client = O aplicativo não está registrado corretamente para login. Entre em contato com o administrador dele.
oauth2-error-invalid-scope = O aplicativo pediu um acesso que não está disponível. Entre em contato com o administrador dele.
oauth2-error-invalid-request = A solicitação de login do aplicativo não é válida. Volte para ele e comece de novo. Se o problema continuar, entre em contato com o administrador dele.
oauth2-error-unavailable = O serviço de autorização não conseguiu concluir a solicitação. Tente novamente em instantes.
oauth2-error-other = Não foi possível concluir a solicitação do aplicativo. Volte para ele e comece de novo.

## Títulos dos campos do esquema de identidade

trait-e-mail = E-mail
trait-phone-number = Número de telefone
trait-name = Nome
trait-first-name = Nome
trait-last-name = Sobrenome

client-unnamed = um aplicativo

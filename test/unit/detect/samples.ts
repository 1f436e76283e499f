/** Page texts for the detectors, written for these tests: each reads like the kind of page it stands for. */

export const POLICY_EN = `This Privacy Policy explains how Example Inc. collects, uses and discloses personal information
when you use our website and services. We collect information you provide to us, such as your name, email address and
payment details, and information collected automatically, such as your IP address, browser type and the pages you
visit. We use cookies and web beacons to remember your preferences and to measure how our services are used. We may
share your personal information with service providers who process it on our behalf, and with third parties when the
law requires it. We do not sell your personal information. You may opt out of marketing emails at any time by using
the unsubscribe link. We retain personal data for as long as your account is active and for up to 90 days afterwards.
If you have questions about this policy or your choices, contact our data protection officer.`;

export const TERMS_EN = `These Terms of Service govern your access to and use of the Example website and apps. By creating an
account you agree to these terms. You must be at least 18 years old to use the services. You are responsible for
keeping your password confidential and for all activity under your account. You may not copy, modify, distribute or
reverse engineer any part of the services, or use them to send spam or to break the law. We may suspend or terminate
your account if you violate these terms. All content on the site is owned by Example or its licensors and is protected
by copyright. The services are provided as is, without warranties of any kind, and our liability is limited to the
amount you paid us in the last twelve months. Our Privacy Policy describes how we handle your information. These terms
are governed by the laws of the State of Delaware, and any dispute will be resolved by binding arbitration. We may
change these terms from time to time; if you keep using the services after a change, you accept the new terms.`;

export const NEWS_EN = `The city council voted on Tuesday to approve a new budget for the coming year, ending months of debate over
road repairs and school funding. The plan sets aside forty million dollars for repaving the main avenues and adds two
hundred teachers to the public schools. Council members who opposed the plan said it relies on optimistic forecasts of
tax revenue and leaves too little for parks. The mayor, who had threatened a veto, said she would sign it by the end
of the week. Residents at the hearing raised concerns about traffic cameras on the ring road and what they mean for
privacy, but the council postponed that question to a later session. The budget also funds a new library branch in the
north of the city, which is expected to open in the spring, and extends bus service on weekends.`;

export const RECIPE_EN = `Preheat the oven to 180 degrees. In a large bowl, whisk the eggs with the sugar until pale and fluffy,
then fold in the melted butter and the vanilla. Sift the flour with the baking powder and a pinch of salt, and stir it
into the batter in three parts so that no lumps remain. Pour the batter into a buttered tin and bake for forty minutes,
until a skewer pushed into the middle comes out clean. Leave the cake to cool in the tin for ten minutes before turning
it out onto a rack. While it cools, make the glaze: warm the lemon juice with the icing sugar until it dissolves, then
brush it over the top of the cake while the cake is still slightly warm. The cake keeps for three days in a tin, and it
freezes well for up to a month if you wrap it tightly.`;

export const POLICY_DE = `Wir verarbeiten Ihre personenbezogenen Daten nur, soweit dies zur Bereitstellung unserer Website und
unserer Leistungen erforderlich ist. Die Verarbeitung erfolgt regelmäßig nur nach Einwilligung des Nutzers. Beim Besuch
unserer Website speichert unser System automatisch Daten und Informationen vom Computersystem des aufrufenden Rechners,
darunter die IP-Adresse, den Browsertyp und das Datum des Zugriffs. Eine Weitergabe Ihrer Daten an Dritte findet nicht
statt. Sie haben jederzeit das Recht auf Auskunft, Berichtigung und Löschung Ihrer gespeicherten Daten.`;

export const POLICY_FR = `Nous collectons les données personnelles que vous nous fournissez lorsque vous créez un compte, comme votre
nom, votre adresse électronique et votre numéro de téléphone. Ces données sont utilisées pour gérer votre compte, vous
envoyer des informations sur nos services et améliorer notre site. Elles ne sont jamais vendues à des tiers. Vous
disposez d'un droit d'accès, de rectification et de suppression de vos données, que vous pouvez exercer en nous
écrivant. Les cookies déposés sur votre terminal sont conservés pendant treize mois au maximum.`;

export const POLICY_ES = `Recopilamos los datos personales que usted nos proporciona al registrarse, como su nombre, su dirección de
correo electrónico y su número de teléfono. Utilizamos estos datos para gestionar su cuenta, enviarle información sobre
nuestros servicios y mejorar nuestro sitio web. No vendemos sus datos a terceros. Usted tiene derecho a acceder a sus
datos, rectificarlos y suprimirlos en cualquier momento, escribiendo a nuestro delegado de protección de datos.`;

export const POLICY_NL = `Wij verwerken uw persoonsgegevens omdat u gebruik maakt van onze diensten en omdat u deze zelf aan ons
verstrekt. We gebruiken uw naam, uw adres en uw e-mailadres om uw bestelling af te handelen en om contact met u op te
nemen als dat nodig is. Wij bewaren uw gegevens niet langer dan strikt nodig is. Wij verkopen uw gegevens niet aan
derden. U heeft het recht om uw persoonsgegevens in te zien, te corrigeren of te verwijderen.`;

/** Pages about privacy that are not policies: dense in the vocabulary, but never "this policy". */
export const PRIVACY_BLOG_EN = `Every app you install wants a little of your personal data. Data brokers combine it into profiles that
are sold to advertisers. Read the privacy policy, or at least skim the sections on sharing and retention: look for
whether a company sells personal information and whether you can delete your account. Block third-party cookies and
web beacons in your browser. Opt out of data brokers under laws like the CCPA, and ask companies for the data they
collect about you.`;

export const CONSENT_PANEL_EN = `When you visit any website, it may store or retrieve information on your browser, mostly in the form of
cookies. Strictly necessary cookies cannot be switched off. Performance cookies allow us to count visits so we can
measure the performance of our site; all information these cookies collect is aggregated. Targeting cookies may be
set through our site by our advertising partners to build a profile of your interests. You have the right to opt out
of the sale of your personal information to third parties.`;

export const VPN_EN = `ShieldLine encrypts your connection and hides your IP address, so your provider and advertisers cannot see
what you do online. We never log your browsing history, the sites you visit or your traffic, and an independent audit
confirmed our no-logs policy. Threat Guard blocks third-party trackers before they collect data about your habits, and
our Data Removal add-on asks data brokers to delete your personal information. Your privacy, protected everywhere.`;

/** Legal text that says "this policy" but is about something else. */
export const ACCEPTABLE_USE_EN = `This Acceptable Use Policy describes activities that are not allowed on our network. You may not host
material that is illegal or infringes copyright, send unsolicited bulk email, scan or attack other networks, or resell
our services without an agreement. If your site uses an unreasonable share of resources we may throttle it. If you
violate this policy we may suspend or terminate your service without notice and without refund.`;

export const POLICY_IT = `Raccogliamo i dati personali che ci fornisci quando crei un account, come il nome, l'indirizzo email e il
numero di telefono. Utilizziamo questi dati per gestire il tuo account, per inviarti informazioni sui nostri servizi e
per migliorare il sito. Non vendiamo i tuoi dati a terzi. Hai il diritto di accedere ai tuoi dati, di rettificarli e
di chiederne la cancellazione in qualsiasi momento, scrivendo al nostro responsabile della protezione dei dati.`;

export const POLICY_PT = `Recolhemos os dados pessoais que nos fornece quando cria uma conta, como o nome, o endereço de email e o
número de telefone. Utilizamos estes dados para gerir a sua conta, enviar-lhe informações sobre os nossos serviços e
melhorar o nosso site. Não vendemos os seus dados a terceiros. Tem o direito de aceder aos seus dados, de os
retificar e de pedir o seu apagamento a qualquer momento, escrevendo ao nosso encarregado da proteção de dados.`;

/** Languages detection does not name: Polish (Latin script), Swedish, Russian (another script). */
export const POLICY_PL = `Przetwarzamy dane osobowe, które podajesz przy zakładaniu konta, takie jak imię, adres e-mail i numer
telefonu. Wykorzystujemy je do prowadzenia konta, wysyłania informacji o naszych usługach oraz ulepszania serwisu. Nie
sprzedajemy Twoich danych osobom trzecim. Masz prawo dostępu do swoich danych, ich sprostowania i usunięcia.`;

export const POLICY_SV = `Vi behandlar de personuppgifter som du lämnar när du skapar ett konto, till exempel namn, e-postadress och
telefonnummer. Vi använder uppgifterna för att hantera ditt konto, skicka information om våra tjänster och förbättra
webbplatsen. Vi säljer inte dina uppgifter till tredje part. Du har rätt att få tillgång till, rätta och radera dina
uppgifter.`;

export const POLICY_RU = `Мы обрабатываем персональные данные, которые вы указываете при создании учётной записи, например имя,
адрес электронной почты и номер телефона. Мы используем эти данные для управления вашей учётной записью, отправки
информации о наших услугах и улучшения сайта. Мы не продаём ваши данные третьим лицам. Вы имеете право на доступ к
своим данным, их исправление и удаление.`;

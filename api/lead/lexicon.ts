/**
 * Word lists the extractors share, in folded form (lower case, no accents). They exist to tell a name or a
 * company from the ordinary words that follow the same openers ("I'm interested…", "we're a team of…").
 */

const set = (s: string) => new Set(s.trim().split(/\s+/));

/** Common given names (EN + ES). Only used to accept a lower-case word after a weak opener ("i'm dana"). */
export const FIRST_NAMES = set(`
  aaron abby abigail adam adrian aiden alan albert alex alexa alexander alexis alice alicia alison allison amanda
  amber amy andrea andrew angela angie anna anne annie anthony april ashley austin barbara ben benjamin beth
  betty bill billy bob bobby brad bradley brandon brenda brian brittany brooke bruce bryan caleb cameron carl
  carlos carol caroline carrie casey catherine chad charles charlie chelsea cheryl chris christian christina
  christine christopher cindy claire colin connor courtney craig crystal cynthia dakota dale dan dana daniel
  danielle danny darren dave david dawn dean debbie deborah dee denise dennis derek diana diane donald donna
  doug douglas dustin dylan ed eddie edward elaine elena elizabeth ellen emily emma eric erica erin ethan
  eugene evan frank fred gabriel gary george gina glenn grace greg gregory hannah harold heather helen henry
  holly ian isaac jack jackie jacob jake james jamie jan jane janet jared jasmine jason jay jean jeff jeffrey
  jennifer jenny jeremy jerry jesse jessica jill jim jimmy joan joe joel john johnny jon jonathan jordan
  joseph josh joshua joy joyce judy julia julie justin karen kate katherine kathleen kathy katie kayla keith
  kelly ken kenneth kevin kim kimberly kyle larry laura lauren lee leah linda lisa logan lori louis lucas luke
  lynn madison marcus margaret maria marie marilyn mark martha martin mary matt matthew megan melissa michael
  michelle mike molly monica morgan nancy natalie nathan nicholas nick nicole noah olivia pam pamela pat
  patricia patrick paul peggy peter phil philip priya rachel ralph randy ray raymond rebecca renee rich
  richard rick rob robert robin rodney roger ron ronald rose russell ruth ryan sally sam samantha samuel sandra
  sara sarah scott sean shannon sharon shawn sheila shirley stacy stephanie stephen steve steven sue susan
  tammy tanya taylor terry theresa thomas tiffany tim timothy tina todd tom tommy tony tracy travis trevor
  troy tyler valerie vanessa victor victoria vincent walter wayne wendy william willie zach zachary deshawn
  jamal keisha tyrone aisha raj anil wei mei kenji yuki omar fatima ahmed ali hassan sofia sophia mateo
  aaliyah malik andre

  alberto alejandra alejandro alicia alfonso alvaro ana andres angel antonio armando arturo beatriz camila
  carla carmen catalina cesar claudia cristina daniela diego dolores eduardo elena emilio enrique ernesto
  esperanza esteban eva fabiola felipe fernanda fernando francisco gabriela gerardo gloria guadalupe guillermo
  gustavo hector hugo ignacio ines irene isabel jaime javier jesus jorge jose josefina juan juana julio karla
  laura leticia lorena lucia luis luisa manuel marco marcos margarita mariana mario marisol marta martha
  mercedes miguel monica natalia nicolas norma oscar pablo paola patricia pedro pilar rafael ramon raquel raul
  ricardo roberto rocio rodrigo rosa rosario ruben salvador santiago sergio silvia sofia susana teresa tomas
  valentina veronica vicente victoria ximena yolanda lupe paco pepe chuy nacho lalo memo

  abdul adaeze adebayo ade aditya adriana agnieszka ahmad aidan aileen aisling akira alana alberta aleksandra
  alfredo alina alisha alma amara amina amir amit ana-maria anastasia anders andrzej angelica anika anjali
  ankit annika antoine anton antonia anya aoife ari arjun armando arnav asha ashok astrid aubrey audrey
  aurora ava axel aya ayesha babajide bao beatrix benedict bianca bilal bjorn blake bo bogdan bongani bradley
  brendan brianna bridget brigitte bruno bryce caitlin callum camille candice carmela carsten cassandra
  catalina cecilia celine chanel chantal chen chidi chinedu chioma chloe ciara ciaran claudio clara colm
  cormac dalia damian damon dariusz darnell dashawn dayana declan deepa deepak dejan delia demetrius deniz
  desmond dev devon dhruv diya dmitri dominic dominika dorota duc duncan dwayne ebony eilidh ekaterina eleni
  elif elise elliot eloise emeka emeline emilia enzo esra ewa ezekiel ezra fatma felix femi fergus fiona
  florian folake francesca francois gaurav gemma gianluca gideon giovanni giulia grainne greta gunnar
  habib hailey hamish hana hannes harper harvey hassan hayden hemant hiroshi hoang huda hugo hye huong
  ibrahim ifeoma ignacio ikechukwu ilse imani imran ines ingrid ioana irina isabella isla ismail ivan ivy
  jade jagdish jai jalen jamila jana janelle jannik javed jaya jayden jelena jess jiho jin jing joanna joao
  jorge jovan juliana jun jurgen kaito kamala kamal karim karina karolina kasia katarzyna kavya kayden
  kaylee keanu kelechi kemal kenya keren khadija khalid kian kieran kiran kofi kojo krishna krzysztof
  kwabena kwame kwesi lakshmi lars leandro leila lena leon leonardo liam liang lila lin linh lionel livia
  lorenzo luca lucia luciana lukas luz mackenzie magdalena mahmoud maja malak malcolm mandla manon manoj
  mao marcel marcela marek mariam marina marisa marius marta mason matteo maximilian maya mehmet mehdi
  meiling mei-ling mikhail milan mila min minh mira miriam mohamed mohammed moira mustafa nadia nadine naomi
  nasser natasha nathaniel nayeli neha nerea nguyen niamh nikhil nikita nikolai nina nkechi noor nora
  nuala obinna oisin okafor olga oliver oluwaseun omari oren orla oskar owen pablo padraig parisa pavel
  pawel petra phuong pierre piotr pooja prakash pranav preeti quentin quinn rahul rajesh ramesh rania
  rashid ravi reza rhys rina rohan roisin roman rory rowan rui rukhsana ruslan sabrina sadia saanvi
  sakura salma samir sana sandeep sanjay santino saoirse sasha seamus sebastian selin seo-yeon seun
  shanice shanthi shira shreya siddharth simone sinead siobhan sipho siti soren stefan stefania sunil
  sunita suresh svetlana tadhg takeshi tamar tamika tanvir tariq tatiana teodora thabo thandiwe thanh
  themba theo tiago tobias tomasz tunde uchenna uma usman vanya varun vasile venkat vera vikram vinh
  viktor vivek wanjiru wojciech xavier xiaoming xin yan yasmin yara yerlan yetunde yi yohannes yusuf
  zainab zara zeke zeynep zhang zhou zoe zofia zoltan
  abril agustin aitana ainhoa alba aldo amparo anabel araceli aurelio azucena benito blanca brenda
  candelaria carolina cayetana cintia concepcion consuelo cristobal dulce edgar efrain elias eloy
  emiliano encarnacion estela eugenia facundo fausto federico fidel florencia gael gonzalo graciela
  gregorio haydee horacio humberto inaki irma isidro itzel iker jacinto jimena joaquin josue julieta
  leonel leonor lourdes macarena maite marcelo mariano maribel marina mario matias mauricio maximiliano
  milagros miriam montserrat nahuel nelson nerea noelia octavio olga omar pascual paulina perla rebeca
  reyes rigoberto rocio rogelio rolando romina rosalia samanta sebastian selene sonia tadeo tania
  trinidad ulises valeria vanesa yesenia zoila lupita conchita pili charo
  june yeison yuliana marlene lorena yolanda dayana leidy yamile johana jhonatan duvan
  andrea felipe alberto elena marina luz rosa maria jose
  camilo julian liliana paula viviana manuela johanna erika milena stella jazmin everardo orlando ramiro rene saul
  wilson edwin fabian german hernan yadira maricela nayeli anahi citlali itzel xochitl berenice elvia griselda
  marisela minerva noemi ofelia rocio socorro yazmin zulema aida
  gus tanisha latoya shaniqua marquis darius terrence tremaine kendra lakisha jermaine rashad deandre
  tyrell keshawn ebony dominique marisa kristen kristin kirsten heidi wade glen glenn dale earl clyde
  hank otis buck chet lyle gordon stuart duane dwight floyd lloyd roy marvin leroy lonnie cody colt
  brett trent shane dustin ricky bobbie misty crystal amber brandi tonya tammie sherry rhonda
  will faith joy sunny destiny precious hunter
  minh anh linh thanh huong tuan hung duc mai trang ngoc phuong quang hieu khanh thuy hoa
  ngozi chinedu emeka chioma adaeze oluwaseun tunde bukola funmilayo yetunde obinna ifeoma chidi kemi femi segun uche nneka amaka
  priya raj rajesh ravi anil sunil vijay arjun rahul amit sanjay deepak pooja neha anjali kavita lakshmi ramesh suresh venkat aarav ananya divya sneha
  piotr krzysztof tomasz pawel marcin michal agnieszka katarzyna malgorzata magdalena wojciech grzegorz jakub lukasz
  mohammed muhammad ahmed ali omar hassan hussein fatima aisha khalid yusuf ibrahim layla mariam zainab nour karim samir tariq
  maricel marites rodel jomar rowena analyn jocelyn lorna
  jiwoo minjun seojun jimin soyeon jihoon eunji minji sungmin younghee
  wesner fabiola nadege guerline ketly wilner
  joao thiago mateus bruna larissa vinicius gustavo
`);

/** Two-word given names, so "María José Pérez" keeps "María José" together. */
export const COMPOUND_FIRST = set(`
  jose_luis jose_maria jose_antonio jose_manuel juan_carlos juan_pablo juan_jose juan_manuel maria_jose
  maria_elena maria_luisa maria_teresa maria_fernanda ana_maria ana_sofia luis_miguel miguel_angel
  rosa_maria maria_del miguel_angel jose_angel luz_maria ana_lucia juan_antonio
  mary_ann mary_beth mary_kate anne_marie jean_paul john_paul sarah_jane
  juan_de_dios maria_del_carmen maria_del_rosario maria_del_mar maria_de_la_luz maria_de_los_angeles
  jose_de_jesus maria_de_jesus maria_guadalupe juan_francisco
`);

/** Words that follow "I'm" / "soy" / "this is" and are never a name. */
export const NON_NAME = set(`
  officially legally formally technically oficialmente
  jubilado jubilada retirado retirada pensionado pensionada estudiante todavia primero ahorita luego despues manana
  retired student spelled spelt deletreado escrito
  a an the not just so very really here there sure fine good great okay ok well glad happy sorry ready new
  interested looking calling owner manager ceo president founder plumber electrician contractor in at on from
  with about for of to and or but also still currently actually trying hoping curious wondering thinking
  asking back done busy tired only calling reaching writing checking this that it its it's what who why how
  when where yes yeah yep no nope hi hello hey thanks thank you your my our their his her we they he she i me
  us them is are was were be been being am do does did have has had will would could should can may might
  must shall getting going doing having making looking need needs want wants like love hate get got give
  call email phone number name company business based located out over under more less most some any all
  every each both few many much lot lots little big small old young retired married single self employed
  self-employed freelance independent in-house office home work working job boss partner wife husband son
  daughter team crew staff sales support service services help info information pricing price prices cost
  quote estimate appointment meeting demo question questions just kind sort right wrong correct exactly
  probably maybe definitely absolutely totally pretty quite rather too also either neither none nothing
  nobody someone somebody anyone everyone anything something everything whatever guy guys gal lady man
  woman person people folks sir maam
  mexican american spanish texan latino latina hispanic canadian speaking available free open closed
  familiar aware afraid unsure confused new-ish first last full real legal again anyway though
  monday tuesday wednesday thursday friday saturday sunday january february march april june july
  august september october november december today tomorrow yesterday
  el la los las un una unos unas de del en con por para que muy bien mal dueno duena gerente plomero
  plomera electricista contratista nuevo nueva interesado interesada buscando llamando aqui alli yo tu
  usted ustedes nosotros ellos ella propietario propietaria encargado encargada administrador
  administradora ingeniero ingeniera arquitecto arquitecta mexicano mexicana americano americana espanol
  espanola y o pero tambien solo sola casi como cuando donde quien porque gracias hola si claro bueno
  buena buenas buenos pues vale perfecto listo lista feliz contento contenta cliente clienta el mismo
  misma socio socia jefe jefa esposa esposo parte uno dos tres muchos pocos algo alguien nadie nada
  todo todos mi su sus tu tus nuestro nuestra empresa negocio compania
  im its thats whats dont ive id cant wont didnt theres doesnt isnt wasnt arent havent shouldnt wouldnt couldnt matter
  hablo tengo trabajo administro manejo llamo busco quiero necesito vendo estoy vengo represento atiendo dirijo
  hago tenemos somos nombre apellido apellidos names by habla
  as before after later anytime whenever sometime asap same hold wait sec second minute moment momento ahorita prefiero
  if unless whether lets let's eso esto se tiene quiere necesita trabaja usa hace vive anda
  then luego entonces dot punto arroba underscore soy eres somos put anonymous btw
  mucho mucha muchos muchas poco poca bastante demasiado siempre nunca
  shes hes theyre youre
  empleado empleada employee trabajador trabajadora
  now celular cel telefono movil whatsapp correo
  dificil complicado complicada raro rara largo larga facil compuesto extrano extrana
  quimico quimica farmaceutico farmaceutica contador contadora nutriologo nutriologa enfermero enfermera abogado abogada
  dentista medico medica odontologo odontologa veterinario veterinaria psicologo psicologa
`);

/** Job titles and roles: never a name, never a company ("Dana Whitfield, Project Manager"). */
export const ROLE_WORDS = set(`
  manager owner ceo cfo coo cto president vice founder cofounder co-founder director partner assistant
  dispatcher receptionist broker agent realtor secretary coordinator supervisor administrator admin
  lead head chief officer foreman estimator bookkeeper accountant
  gerente dueno duena director directora socio socia asistente recepcionista secretaria secretario
  encargado encargada coordinador coordinadora administrador administradora contador contadora
  vendedor vendedora enfermero enfermera abogado abogada agente asesor asesora representante ejecutivo ejecutiva
  dentista medico medica chofer cocinero cocinera mesero mesera estilista hygienist nurse teacher lawyer attorney
  dentist driver stylist salesman saleswoman rep technician tech volunteer voluntario voluntaria
  consultor consultora consultant representative
  notario notaria notary
  proveedores suppliers vendors clientes clients customers subcontractor subcontratista
`);

/** Surname particles kept lower case inside a name ("de la Cruz", "van der Berg"). */
export const NAME_PARTICLES = set(`de del la las los van von der den da di du dos das le st`);

/** Common surnames that are ordinary words too ("Price", "Stone", "King"): a name may end with one. */
export const SURNAME_WORDS = set(`
  price young little small good best long short rich king reed ward stone glass frost marsh wood woods hill hills bell bush
  may hunt cash chase hope fox wolf bird swan rose wise page cook baker mason fisher hunter walker parker turner carter
  cole snow rivers brooks banks fields lane street waters gardner gardener castle tower power strong sharp bright
  moody love money gold silver steel iron golden winter summers spring
`);

/** Acknowledgements a bare answer may start with ("Sure, it's …", "Claro, …"). */
export const ACKS = set(`
  sure yes yeah yep yup ok okay of course absolutely definitely certainly well so oh alright right great
  perfect fine no-problem hi hello hey claro si bueno pues vale perfecto listo ah ya hola sure,
  ha haha oye eso exacto correcto exactly correct asi ay uy
`);

/** Words that, in a company name, suggest a business ("Whitfield HVAC", "Construcciones López"). */
export const COMPANY_HINTS = set(`
  hvac plumbing plumbers electric electrical heating cooling air roofing construction contractors contracting
  builders building homes landscaping landscapes lawn services service solutions group partners properties
  property management realty enterprises industries company co corp corporation inc incorporated llc llp
  pllc ltd limited associates sons brothers bros holdings systems technologies tech labs studio studios
  consulting bakery cafe restaurant salon clinic dental law firm agency
  construcciones constructora servicios grupo plomeria inmobiliaria electricos electricas climatizacion
  jardineria soluciones industrias comercial distribuidora taller hermanos hijos asociados cia
  sa sl s.a s.l s.a. s.l. c.v c.v.
  auto automotive body repair repairs towing moving movers logistics freight transport transportation
  trucking delivery courier events catering florals floral flowers florist daycare pharmacy spa nails
  barbershop barber dentistry pediatrics medicine medical health healthcare care living insurance
  accounting bookkeeping tax cleaning cleaners janitorial maid pools pool spas solar washing pressure pest
  control hardware supply supplies traders trading marine concrete paving masonry painting painters
  remodeling renovation renovations restoration flooring tile stone cabinets windows glass doors garage
  fencing fence irrigation tree trees security alarm locksmith storage fitness gym yoga photography media
  marketing design designs printing signs motors tires appliance appliances handyman hauling junk kitchen
  grill bar pizza tacos taqueria deli market grocery boutique jewelry optical vision chiropractic therapy
  veterinary vet animal pet pets grooming academy tutoring learning center institute foundation capital
  financial finance investments wealth mortgage lending estates housing rentals apartments hotel inn
  lodge travel tours funeral outfitters works workshop garden gardens nursery farms farm ranch
  inspections inspection detailing excavation golf club breakfast
  church iglesia ministries ministerio parroquia
  dairy coffee roasters brewing brewery winery wines
  reformas transportes ferreteria estetica clinica veterinaria farmacia seguros talleres eventos limpiezas
  limpieza jardines construccion fontaneria carpinteria pinturas abogados despacho consultoria
  comercializadora materiales refacciones autopartes mudanzas fletes dulces panaderia pasteleria muebles
  taqueria restaurante cafeteria papeleria tortilleria lavanderia inmobiliario
  optica gimnasio escuela academia pizzeria floreria agencia consultorio laboratorio laboratorios autolavado
  muebleria colegio guarderia hostal refrigeracion imprenta
  gruas abarrotes reposteria herreria vidrieria tapiceria cerrajeria carniceria fruteria joyeria zapateria
  libreria mecanica mecanico peluqueria barberia
  heladeria neveria fonda loncheria mariscos marisqueria cantina birrieria polleria tintoreria sastreria costura
  upholstery cycles bicycles bikes conditioning orthodontics dermatology optometry podiatry acupuncture massage
  ortho eye wellness
  engineering engineers architecture architects surveying surveyors kennels kennel boarding countertops welding
  fabrication electricians roofers landscapers signage lighting attorneys lawyers legal hospital physiotherapy rehab
  ingenieria arquitectos arquitectura contadores contable contables fumigaciones hojalateria soldadura vidrios
  aluminios climas marina cooperativa asociacion fundacion sociedad trattoria bistro osteria diner laundromat techos laminas impermeabilizantes pisos azulejos cocinas llantas uniformes
  floristeria taberna
  wash colmado distillery destileria pupuseria cerveceria queseria gallery galeria tattoo tatuajes bridal cosmetica cosmeticos consultores consultora transportadora carwash
  dulceria energy concretos tlapaleria llantera vulcanizadora cpa cpas church iglesia ministries hair beauty belleza cattle livestock asesoria gestoria preschool pediatria dermatologia odontologia ortodoncia quiropractica fisioterapia psicologia nutricion bank software
`);

/** Legal suffixes (folded, dots removed) and how to write them when the transcript is lower case. */
// No prototype: callers test `word in LEGAL_SUFFIX`, and "constructor" (Grupo Constructor Almaraz) is no suffix.
export const LEGAL_SUFFIX: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  llc: 'LLC', inc: 'Inc', incorporated: 'Incorporated', corp: 'Corp', corporation: 'Corporation', co: 'Co',
  ltd: 'Ltd', limited: 'Limited', llp: 'LLP', pllc: 'PLLC', pc: 'PC', lp: 'LP', sa: 'S.A.', sl: 'S.L.',
  sas: 'S.A.S.', cv: 'C.V.', sadecv: 'S.A. de C.V.', sc: 'S.C.',
  // Peru's and Mexico's other forms: "s.a.c.", "s. de r.l." (its "s." is read with the "de" after it).
  sac: 'S.A.C.', srl: 'S.R.L.', rl: 'R.L.',
});

/** Acronyms to upper-case when a lower-case transcript is title-cased. */
export const ACRONYMS = set(`hvac llc llp pllc ac a/c usa us abc ai it pc hoa cpa rv bbq pt pta`);

/**
 * Words that on their own describe a business rather than name one: "a bakery", "my own business",
 * "we're a small team", "I work at home". A company value made only of these is not a company name.
 */
export const GENERIC_WORDS = set(`
  a an the one some my our your his her their own this that these those it them him us you me myself
  yourself himself herself ourselves themselves nobody none nothing no home night nights day days weekends
  night-shift small big large little tiny local family family-owned family-run owned run independent
  new old growing busy open closed good great fine happy ok okay interested looking trying hoping based
  located about around over under more less just only still really very pretty quite also always mostly
  currently here there now today self-employed self employed freelance freelancer contractor contractors
  company companies business businesses shop shops store stores firm firms agency team teams crew crews
  group office offices place spot startup start-up outfit operation operations organization
  bakery restaurant cafe salon clinic practice plumbing hvac construction roofing electrical landscaping
  heating cooling property properties management real estate rental rentals bank hospital school
  university city county government state federal military church nonprofit non-profit
  plumber plumbers electrician electricians landscaper landscapers builder builders remodeler
  sole proprietor proprietorship side hustle thing stuff kind sort lot bunch couple few several many
  trucks truck van vans guys people employees staff workers techs technicians
  una un unos unas mi mis nuestra nuestro nuestras nuestros su sus tu casa propia propio pequena pequeno
  familiar negocio empresa compania tienda taller oficina equipo constructora plomeria panaderia
  restaurante mismo misma cuenta independiente gente personas empleados trabajadores
  interesado interesada buscando aqui ahora solo sola
  importante importantes muy bien mal igual nuevo nueva largo larga corto corta dificil facil bonito bonita important new long short
  gobierno construccion campo mercado fabrica obra obras universidad municipio ayuntamiento iglesia hospital
  oficinas casas autos carros ropa comida cosas things residential commercial industrial residencial comercial
  area departamento seccion turno almacen planta piso division department parte lado
`);

/** Places, so "I'm Dana from Texas" does not yield the company "Texas". */
export const PLACES = set(`
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
  illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma
  oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin wyoming
  austin dallas houston atlanta chicago phoenix denver miami seattle boston portland nashville orlando
  tampa charlotte raleigh sacramento diego francisco angeles vegas antonio jose jacksonville columbus
  detroit memphis baltimore milwaukee albuquerque tucson fresno mesa omaha tulsa cleveland pittsburgh
  monterrey guadalajara madrid barcelona bogota lima santiago quito caracas medellin puebla tijuana
  spain colombia peru chile argentina venezuela ecuador canada england london toronto
  espana mexico town here there downtown area
`);

/** Words that end a company name in running speech ("Acme Plumbing and we…", "Acme in Austin"). */
export const COMPANY_STOP = set(`
  and but in at on during every we i our which that who where based out located with since for here so because if when while
  it's it is was are were has have had will would can could should not or then also too though although
  who's there's which's i'm we're they're you're he's she's
  y pero en que con desde donde porque cuando si es son fue era tiene tenemos somos estamos no o tambien
  ubicada ubicado aqui alla hace about regarding asking looking calling wondering to because queria
  my mi im i'm
  quisiera para sobre acerca downtown uptown nearby locally today now currently right just
  over call text email reach contact phone cell llamame escribeme marcame
  thank thanks you wait please this gracias ahi por me llamo soy down
  give let let's lets that's thats gimme arroba mientras como
`);

/** Joiners kept inside a company name when more name follows ("Smith and Sons", "Bank of America"). */
export const COMPANY_JOIN_TAIL = set(`sons son daughters associates company co hijos hijo asociados cia compania hermanos brothers partners
  daughter hija hijas`);

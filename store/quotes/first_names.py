"""Words that say a person's sex (first names, nouns) or name no person: how a pronoun finds
its person.

A data table of the extraction's lexicon (lexicon.py), kept apart for its length. The names
are written by hand: the gender-guesser library was considered and left out, as it is GPLv3
and this project is MIT.
"""

from __future__ import annotations

from store.quotes.lexicon import Gender, word_set

# Common given names of English-language news (and a few widespread elsewhere), by the sex
# they most often name. Names borne by both sexes ("Jordan", "Robin", "Leslie") are in
# neither list: the pronouns after them decide. Nor are names far more often a surname ("Kim",
# "Grant", "Marshall"): "Kim Jong Un" or a lone "Marshall" must take no sex from them.
MALE_FIRST_NAMES = word_set(
    """
    aaron abdul abraham adam adrian ahmed alan albert alec alejandro alex alexander alfred
    ali allen alvin andre andrew andy angelo anthony antonio arnold arthur austin
    barry ben benjamin bernard bill billy bob bobby brad bradley brandon brent brett
    brian bruce bryan byron calvin carl carlos cecil chad charles charlie chris christian
    christopher chuck clarence claude clifford clint cody colin conrad corey craig
    curtis dale dan daniel danny darrell darren dave david dean dennis derek devin dick
    dmitry don donald doug douglas duane dustin dwayne dwight earl ed eddie edgar eduardo
    edward edwin elijah elliot elmer emmanuel enrique eric erik ernest ethan eugene evan
    felix fernando francis francisco frank franklin fred frederick gabriel gary gavin gene
    geoffrey george gerald gilbert glen glenn gordon graham greg gregory guy hank harold
    harry harvey hector henry herbert herman howard hugh hugo ian igor isaac ivan jack jacob
    jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jesus jim
    jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian julio
    justin karl keith ken kenneth kevin kurt kyle lance larry lawrence leo leon leonard leroy
    lewis lloyd lonnie louis lucas luis luke malcolm manuel marco marcus mario mark
    martin marvin matt matthew maurice max melvin michael miguel mike mitch mohammed
    muhammad nathan neil nicholas nick nigel noah norman oliver omar oscar otis owen pablo
    patrick paul pedro pete peter phil philip phillip ralph ramon randall randy raul ray
    raymond reed reggie reginald ricardo richard rick ricky rob robert roberto rod rodney
    roger roland ron ronald ross roy ruben rudolph rudy russell ryan salvador sam samuel
    scott sean sergei sergey seth shane shawn sidney simon stanley stephen steve steven stuart
    ted terrence terry theodore thomas tim timothy todd tom tommy tony travis trevor troy
    tyler vernon victor vincent vladimir wade walter warren wayne wesley william
    willie xavier yusuf zachary
 """
)
FEMALE_FIRST_NAMES = word_set(
    """
    abigail ada adele adriana agnes aisha alexandra alice alicia alison amanda amber amelia
    amy ana angela angelina anita ann anna anne annette antonia april barbara beatrice
    becky belinda bernadette beth betsy betty beverly bonnie brenda brittany brooke camille
    candace carla carmen carol caroline carolyn carrie catherine cathy charlotte chelsea
    cheryl christina christine cindy claire clara claudia colleen connie constance courtney
    crystal cynthia daisy dana danielle daphne darlene dawn deborah debbie debra denise diana
    diane dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elise
    elizabeth ella ellen eloise emily emma erica erin esther ethel eva eve evelyn fatima
    felicia fiona florence frances gabrielle gail gina gladys gloria grace gwen hannah harriet
    hazel heather heidi helen hilary holly hope ida irene iris isabel jacqueline jane
    janet janice jasmine jeanne jennifer jenny jessica jill joan joanne jocelyn josephine
    joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie
    katrina kay kayla kelly kimberly kirsten kristen kristin laura lauren leah linda lisa
    lois loretta lorraine louise lucy lydia lynn mae madeleine madeline maggie mallory marcia
    margaret maria marian marie marilyn marina marion marjorie marsha martha mary maureen
    maxine megan melanie melinda melissa meredith michele michelle mildred miranda molly
    monica nadia nancy naomi natalie natasha nicole nina nora norma olga olivia pamela
    patricia paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda
    rita roberta rosa rose rosemary ruth sabrina sally samantha sandra sara sarah sharon
    sheila shelley sherry shirley sonia sophia sophie stacy stephanie susan suzanne sylvia
    tamara tammy tanya tara teresa theresa tiffany tina tracy valerie vanessa vera veronica
    victoria virginia vivian wanda wendy whitney yolanda yvonne zoe
 """
)

MALE_FIRST_NAMES = MALE_FIRST_NAMES | word_set(
    """
    abe abel ahmad al alberto aldo alfonso alfredo alistair alonzo alvaro ambrose amir anders
    andres angus anton archie armando arturo asa augustus axel barney bart basil beau benedict
    benny bernie bert bertrand bjorn boris brendan brock bruno bryce buck bud burt caleb
    carlo cesar chester chip clay clayton cliff clifton clyde cole colton
    cornel cornelius cory cyrus damian damon dante darius darryl demetrius denis denny derrick
    desmond diego dimitri dirk dominic dominick donnie dorian duncan edmund efrain
    elias eli elliott elvis emil emilio emmett ephraim erich ernesto ernie errol esteban ezra
    fabian federico ferdinand fidel floyd forrest francesco franco fritz gaston gerard
    gerhard gideon gil giovanni giuseppe grady gregg gus gustavo hal hamid hans harlan
    hassan heinrich helmut herb hiram homer horace hunter ignacio ike irving irwin isaiah ismael
    jamal jarrod jed jeb jeremiah jermaine jimmie joachim joaquin joey johan johann
    johannes jonah jonas josef julius kareem kirk klaus lamar lars lennie leonardo les
    lester liam lionel lorenzo lowell luca ludwig luigi lyle lyndon manny marc marcel
    marcelo markus mathew matthias mauricio maximilian mehmet merle micah
    mickey miles milo milton moe mohamed mohammad monty moses myron nate nathaniel
    ned nicolas niels nikolai nils nolan norbert olaf orlando orville oswald otto
    pasquale percy pierre preston quentin rafael rainer ramiro randolph raphael reinhold
    rex rhett rico roderick rodolfo rodrigo rolando rolf romeo roscoe rufus rupert rusty
    sal salvatore sanford santiago saul seamus sebastian sergio sheldon sid silvio
    sol solomon stan stefan sterling stu sven sylvester tad teddy terence thad thaddeus theo
    tobias tod tomas trent tristan ulysses uri vance vaughn vern vic viktor vince vinny vito
    wally walt wendell werner wilbur wilfred willard winston wolfgang woodrow wyatt
    yosef yuri zach zack zane zeke
 """
)

FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | word_set(
    """
    abby addie adrienne aileen alana alberta alejandra alexa alma alyssa amina anastasia angie
    annabel annie antoinette arianna audrey ava barb bernice bess bette bianca blanche
    brianna bridget britney caitlin candice cara carly cassandra cecilia celeste celia chantal
    charlene chloe christa ciara clarissa cora corinne cristina dahlia deanna deirdre delia della
    desiree dianne dina dixie dora doreen dottie edna elisa eliza elsa elsie emilia emilie enid
    erika estelle eugenia eunice evangeline fannie fay faye flora francine freda frieda georgia
    georgina geraldine gertrude gilda ginger ginny giselle glenda greta gretchen gwendolyn
    hailey hattie helena henrietta hilda hillary imogen inez ingrid irma isabella isabelle ivana
    jeanette jenna joann jodi johanna jolene josie juanita judi julianne juliet justine kara
    karin karina karla kathie katy kendra keri kirsty kristina kristine kylie lana lara latoya
    laurie laverne leila lena leona lila lillian lily lina liz liza lori lorna
    lottie lucia lucille luisa lula lynda lynne mabel malia mandy mara marcy margarita margo
    margot maribel marisa marissa marlene maryann matilda maura mavis maya meg melody mia
    michaela millie mindy minnie mira miriam misty moira mona muriel myra myrtle nadine nan
    nanette nell nellie nicola nikki noelle noreen octavia odette olive opal paige pam patsy
    patti patty pearl penelope petra philippa polly rachael ramona raquel reba rebekah rhoda
    robyn rochelle ronda rosalind rosalyn rosanne roseanne rosie roxanne ruby sadie savannah
    selena selma serena shari shauna shawna sheri sherri sheryl sibyl simone sonja
    sonya stacey stella sue susanne susie suzy sybil tabitha talia tammie tania tatiana tess
    tessa thelma tonya tricia trudy ursula valeria velma verna vicki vickie vicky viola violet
    wilma winifred yasmin yvette zelda
 """
)
# Given names common in English-language news beyond the US: British, Irish, Welsh,
# Australian and New Zealand, South Asian, African, Arabic and Turkish, East European, Latin
# American, French, German, Dutch, Nordic and Italian ones, accented and plain. Names often
# borne by both sexes ("Andrea", "Jean", "Nikita", "Sasha", "Kiran") stay out of every list:
# a wrong sex sends a pronoun to the wrong person, an unknown one leaves it to the pronouns.
MALE_FIRST_NAMES = MALE_FIRST_NAMES | word_set(
    """
    callum ciaran ciarán eoin niall cillian declan eamon eamonn padraig pádraig oisin
    oisín ronan cathal colm conor connor darragh diarmuid donal dónal fergus fintan
    kieran lorcan rory tadhg aidan aiden alasdair alastair euan ewan hamish iain lachlan
    gareth rhys dafydd gethin huw ieuan owain aled rhodri geraint gwilym cormac enda
    fionn eoghan dermot gerry paddy seán alfie freddie kenny reece toby barnaby crispin
    giles jolyon piers jasper damien fraser keir clive graeme mervyn cyril shaun ronnie
    reuben lenny barrie wiremu rawiri hemi tane rajesh anil sunil ravi rahul vikram
    arjun amit ajay vijay sanjay sanjeev rakesh ramesh suresh mahesh dinesh naresh
    mukesh rajiv prakash manoj deepak ashok arvind arun narendra rohit sachin virat
    imran shahid asif nawaz shehbaz bilawal zulfikar farhan kamran kashif irfan aamir
    salman shahrukh amitabh akshay aditya abhishek gautam gaurav harish jagdish lalit
    mohan mohit nikhil nitin pankaj pradeep pranav rajendra ranjit rishi sameer sandeep
    sanjiv satish shankar siddharth subhash sudhir sushil tarun uday varun vinod vivek
    yogesh javed junaid shoaib wasim waqar sarfraz hardeep jaswant manmohan mahinda
    gotabaya ranil chinedu chidi chukwuemeka emeka obinna ikenna nnamdi olusegun segun
    tunde babatunde adebayo goodluck muhammadu atiku kwame kofi kwesi kwaku kojo kwabena
    jomo uhuru raila thabo sipho themba bongani mandla jabulani emmerson yoweri abiy
    tewodros getachew tesfaye dawit mamadou moussa ousmane ibrahima boubacar abdoulaye
    amadou seydou sadio yaya alassane macky patrice chinua wole ngugi ifeanyi chukwudi
    ikechukwu juma hamisi mahmoud mustafa khaled khalid walid tarek tariq hussein
    hussain hosni abdullah abdel abdelaziz abdulaziz abdulrahman youssef yousef samir
    karim nabil nasser osama rami saeed salah talal waleed yasser yasir ziad bashar
    hafez hamad hamza ibrahim ismail majid marwan mohsen mounir nader naguib fouad
    ghassan haitham hisham imad jamil kamel maher mazen mahmud mansour munir nizar qasim
    raed rafik riad saad saleh salim tamer wael yahya zaid faisal fahad fahd abbas hadi
    hasan mehdi reza javad hossein masoud recep ahmet kemal emre burak murat hakan
    volkan ekrem dmitri alexei aleksei alexey andrei andriy oleksandr oleksiy volodymyr
    vitali vitaly yevgeny evgeny mikhail nikolay pavel pyotr petro ruslan stanislav
    taras vasily vasyl vyacheslav yaroslav yuriy anatoly arkady gennady grigory kirill
    konstantin leonid maxim oleg vadim zbigniew jaroslaw jarosław andrzej tadeusz
    krzysztof piotr pawel paweł tomasz marek mateusz wojciech lech grzegorz janusz
    mariusz witold jiri jiří miroslav milos miloš vaclav václav petr ondrej zoltan
    zoltán laszlo lászló istvan istván gyorgy györgy ferenc tibor gabor gábor attila
    vasile mihai bogdan radu florin marius sorin aleksandar dragan goran slobodan zoran
    dusan dušan nenad branko zlatko tomislav andrej bojan plamen rumen boyko georgi
    hristo dimitar nikola felipe horacio leandro octavio vicente agustin agustín alonso
    álvaro camilo emiliano gonzalo guillermo humberto jaime marcos mariano matias matías
    nestor néstor osvaldo rigoberto rogelio ulises josé raúl tomás sebastián nicolás
    martín andrés luiz joão joao paulo gilberto marcio thiago tiago vinicius evo jair
    clement clément françois francois olivier laurent thierry philippe jacques benoît
    benoit mathieu matthieu thibault thibaut guillaume gérard gilles hervé herve didier
    yves sébastien sebastien stéphane stephane frédéric frederic antoine arnaud
    christophe cédric cedric edouard édouard fabien florian grégoire gregoire jérôme
    julien loïc loic luc maxime michel pascal raphaël rémi remi romain sylvain théo
    alain andré rené rene émile emile aurélien baptiste étienne etienne ludovic valentin
    yann jean-pierre jean-luc jean-claude jean-paul jean-louis jean-michel jean-marc
    jean-baptiste jean-françois jean-jacques jean-yves jürgen jurgen günter gunter
    günther dieter horst uwe ulrich heinz franz friedrich jens jörg reinhard rüdiger
    sigmar thorsten torsten volker wilhelm armin christoph heiko holger lothar manfred
    niklas philipp ralf winfried hendrik henrik bernd detlef ernst georg gottfried
    hermann wolfram joschka bastian geert wim willem pieter joost kees maarten jeroen
    ruud arjen frans magnus björn olof kjell jørgen søren soren rasmus frederik morten
    jesper mikkel trond jukka matti mikko pekka timo antti juha heikki matteo paolo
    alessandro claudio enrico gianni giorgio giulio massimo maurizio pietro renzo
    riccardo stefano vittorio dario domenico emanuele enzo filippo gennaro gianluca
    gianluigi giancarlo guido luciano piero raffaele sandro tommaso umberto valerio
    vincenzo cesare corrado davide edoardo ettore gianfranco mattia giacomo
 """
)
FEMALE_FIRST_NAMES = FEMALE_FIRST_NAMES | word_set(
    """
    gemma siobhan niamh aoife aisling sinead sinéad orla roisin róisín saoirse grainne
    gráinne mairead máiréad maeve caoimhe clodagh eimear emer fionnuala nuala bronagh
    dervla sorcha ellie bethan cerys sian siân nia rhiannon eleri ffion carys angharad
    catrin lowri mairi morag shona isla eilidh ailsa catriona joanna tracey leanne
    kerrie jodie chantelle kayleigh hayley abbie evie freya esme tilly felicity cressida
    arabella camilla davina jemima pippa priti kemi suella jacinda bronwyn narelle
    jacqui leonie tegan alannah aroha ngaire kiri sunita priya anjali deepa deepika
    pooja neha kavita kavitha geeta gita lakshmi meena nirmala padma rekha sangeeta
    savita seema shabana shanti shilpa shobha smriti sonali sushma swati uma usha
    vandana indira aishwarya madhuri priyanka kareena nandini radha rashmi ritu sapna
    shreya sneha sudha jaya lata mamata mayawati benazir maryam malala hina nargis
    nusrat rukhsana shazia zainab ayesha hasina khaleda aruna chitra divya kalpana
    kamala manisha meera nalini nisha pallavi preeti sarita shalini shweta sita vidya
    ngozi amara chiamaka chioma adaeze nneka ifeoma funmilayo folake yetunde bukola
    abimbola chimamanda akosua abena afua efua adwoa akua wangari wanjiku njeri wairimu
    achieng akinyi atieno thandiwe thandi nomsa zanele lindiwe nokuthula naledi winnie
    fatou aminata mariama aissatou fatoumata khadija halima asha samia mariam layla
    laila noura huda hoda rania salma samira yasmine yasmina zeinab hanan hiba jamila
    lubna manal maha najat nawal rasha reem rima sana suha souad wafa zahra nasrin
    shirin mahsa elif zeynep ayse ayşe aylin merve meral emine natalia natalya tatyana
    svetlana irina ekaterina yekaterina yulia yuliya oksana olena galina lyudmila
    ludmila larisa darya daria valentina nadezhda lyubov zoya inna raisa ksenia polina
    alina alena veronika ewa agnieszka malgorzata małgorzata katarzyna beata danuta
    elzbieta elżbieta jadwiga krystyna dorota magdalena monika zofia zuzana jana lenka
    tereza dagmar ilona katalin zsuzsanna judit ioana mihaela andreea raluca simona
    gabriela daniela jelena ljiljana milica snezana dragana mirjana vesna marija biljana
    kristalina beatriz catalina consuelo esperanza josefina juana leticia lourdes lucía
    mariana marisol milagros rocío rocio sofía sofia soledad ximena marta lorena
    fernanda dilma luiza inés ines paola mathilde ségolène segolene élisabeth brigitte
    christiane françoise francoise geneviève genevieve hélène helene juliette laetitia
    margaux martine monique nathalie océane pascale sandrine séverine sylvie valérie
    véronique veronique virginie agnès amélie amelie anne-marie aurélie aurelie céline
    celine clémence delphine élodie elodie émilie ghislaine héloïse laure lucie manon
    mireille odile annalena gisela gudrun heike helga hildegard ilse inge ingeborg jutta
    katrin kathrin margarete renate sabine silke ulrike birgit elke franziska friederike
    hannelore katja martina saskia svenja tanja wiebke anke annegret elfriede gerda
    irmgard waltraud mette gunilla ulla ulrika annika astrid kerstin malin sanna solveig
    helle lotte sofie anneke marieke femke sanne tarja giulia giorgia francesca chiara
    alessandra elisabetta federica gianna giovanna giuseppina silvia alessia antonella
    cinzia donatella emanuela fabiola ilaria letizia loredana manuela ornella raffaella
    stefania tiziana patrizia rossana vittoria eleonora ludovica margherita
 """
)
# Either sex: a word that opens a name whoever bears it.
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES

# Nouns for a person that say their sex: "“...,” she said" after "a young man asked" is not
# his. Nouns used of both sexes ("chairman", "host") are left out.
NOUN_GENDER = {
    **dict.fromkeys(
        """
        man boy father son husband brother grandfather grandson uncle nephew widower dad
        gentleman king prince priest monk spokesman congressman businessman councilman
        boyfriend fiance groom
        """.split(),
        Gender.MALE,
    ),
    **dict.fromkeys(
        """
        woman girl mother daughter wife sister grandmother granddaughter aunt niece widow mom
        lady queen princess nun actress spokeswoman congresswoman businesswoman councilwoman
        chairwoman girlfriend fiancee bride
        """.split(),
        Gender.FEMALE,
    ),
}
# Capitalised words that name a day or month, never a person: the pronouns after "Kerr said
# Tuesday that his ..." are still Kerr's.
CALENDAR_NAMES = word_set(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    """
)
# The same names as a regex alternation, capitalised as narration writes them.
CALENDAR_PATTERN = "|".join(sorted(name.title() for name in CALENDAR_NAMES))

# Prepositions whose object is a place, time or topic, never a speaker ("the brass in Oslo
# says" is the brass speaking). Not "after" or "before": they open clauses too, whose subject
# is the speaker ("days after Berg told reporters the harbour would reopen").
PLACE_PREPOSITIONS = word_set(
    "in at to on into onto over under between near across toward towards behind against than "
    "about like including during"
)

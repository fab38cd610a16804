"""Words that say a person's sex (first names, nouns) or name no person: how a pronoun finds
its person.

A data table of the extraction's lexicon (lexicon.py), kept apart for its length.
"""

from __future__ import annotations

from store.quotes.lexicon import Gender, word_set

# Common given names of English-language news (and a few widespread elsewhere), by the sex
# they most often name. Names borne by both sexes ("Jordan", "Robin", "Leslie") are in
# neither list: the pronouns after them decide.
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
    martin marvin matt matthew maurice max melvin michael miguel mike mitch mitchell mohammed
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
    amy ana andrea angela angelina anita ann anna anne annette antonia april barbara beatrice
    becky belinda bernadette beth betsy betty beverly bonnie brenda brittany brooke camille
    candace carla carmen carol caroline carolyn carrie catherine cathy charlotte chelsea
    cheryl christina christine cindy claire clara claudia colleen connie constance courtney
    crystal cynthia daisy dana danielle daphne darlene dawn deborah debbie debra denise diana
    diane dolores donna doris dorothy edith eileen elaine eleanor elena elisabeth elise
    elizabeth ella ellen eloise emily emma erica erin esther ethel eva eve evelyn fatima
    felicia fiona florence frances gabrielle gail gina gladys gloria grace gwen hannah harriet
    hazel heather heidi helen hilary holly hope ida irene iris isabel jacqueline jane
    janet janice jasmine jean jeanne jennifer jenny jessica jill joan joanne jocelyn josephine
    joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie
    katrina kay kayla kelly kim kimberly kirsten kristen kristin laura lauren leah linda lisa
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
    benny bernie bert bertrand bjorn boris boyd brendan brock bruno bryce buck bud burt caleb
    carlo carter cesar chester chip clark clay clayton cliff clifton clyde cole colton
    cornel cornelius cory cyrus damian damon dante darius darryl demetrius denis denny derrick
    desmond diego dimitri dirk dominic dominick donnie dorian duncan edmund efrain
    elias eli elliott elvis emil emilio emmett ephraim erich ernesto ernie errol esteban ezra
    fabian federico ferdinand fidel floyd forrest francesco franco fritz gaston gerard
    gerhard gideon gil giovanni giuseppe grady grant gregg gus gustavo hal hamid hans harlan
    hassan heinrich helmut herb hiram homer horace hunter ignacio ike irving irwin isaiah ismael
    jamal jarrod jed jeb jefferson jeremiah jermaine jimmie joachim joaquin joey johan johann
    johannes jonah jonas josef julius kareem kirk klaus lamar lars lennie leonardo les
    lester liam lionel lorenzo lowell luca ludwig luigi lyle lyndon mack manny marc marcel
    marcelo markus marshall mathew matthias mauricio maximilian mehmet merle micah
    mickey miles milo milton moe mohamed mohammad monty morris moses murray myron nate nathaniel
    ned nelson nicolas niels nikolai nils nolan norbert olaf orlando orville oswald otto
    pasquale percy perry pierre preston quentin rafael rainer ramiro randolph raphael reinhold
    rex rhett rico roderick rodolfo rodrigo rolando rolf romeo roscoe rufus rupert rusty
    sal salvatore sanford santiago saul seamus sebastian sergio sheldon sherman sid silvio
    sol solomon stan stefan sterling stu sven sylvester tad teddy terence thad thaddeus theo
    tobias tod tomas trent tristan ulysses uri vance vaughn vern vic viktor vince vinny vito
    wally walt ward wendell werner wilbur wilfred willard wilson winston wolfgang woodrow wyatt
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

# Prepositions whose object is a place, time or topic, never a speaker ("the brass in Oslo
# says" is the brass speaking). Not "after" or "before": they open clauses too, whose subject
# is the speaker ("days after Berg told reporters the harbour would reopen").
PLACE_PREPOSITIONS = word_set(
    "in at to on into onto over under between near across toward towards behind against than "
    "about like including during"
)

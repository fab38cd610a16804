"""Common first names by the sex they most often name: how a pronoun finds its person.

A data table of the extraction's lexicon (lexicon.py), kept apart for its length.
"""

from __future__ import annotations

from store.quotes.lexicon import word_set

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

"""Russian words that carry no topic: the stop words of Russian search and of follows.

One home for the list: Russian retrieval (store.search.stems) leaves them out of a question's
stems, and a words follow made only of them ("/follow и", "/follow и в") matches nearly every
Russian article (store.live.common_words).
"""

from __future__ import annotations

# Pronouns, prepositions, conjunctions, particles, and the verbs a question asks with.
RU_STOPWORDS = frozenset(
    """а и или но да же ли ль бы б не ни нет в во на над под о об обо от по про с со у к ко
    за из изо до для при без через между перед после вокруг около что чтобы чем как так
    также тоже это этот эта эти то тот та те того этого этом том тем там тут здесь где когда
    кто чей чья чьи чьё чье кого кому кем ком чего чему чём чем какой какая какие каком
    он она оно они его её ее их ему ей им ими нему ней них нем нём мы вы я ты нас вас нам
    вам меня мне тебя тебе себя себе свой своя свои был была было были быть есть будет
    уже ещё еще лишь только очень все всё весь вся всех всем сказал сказала сказали сказать
    говорил говорила говорили заявил заявила заявили заявлял заявляла заявление слова
    словам цитата цитаты цитату фраза фразу такой такое такие сам сама само сами если
    ведь вот вон ну мол де дескать якобы будто""".split()
)

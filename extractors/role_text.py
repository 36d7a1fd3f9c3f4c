"""The words a job description is read with: headings, preference markers, connectors.

Kept apart from the reader (``extractors.requirements``) so the vocabulary can grow without
the logic moving; every pattern is case-insensitive unless it says otherwise.
"""

from __future__ import annotations

import re
from enum import StrEnum

from extractors import role_languages as other
from extractors.role_words import BONUS as _BONUS
from extractors.role_words import DESIRED as _DESIRED
from extractors.role_words import NONE_NEEDED as _NONE_NEEDED


class Standing(StrEnum):
    """What a stretch of a job description says about the mentions in it."""

    REQUIRED = "required"
    PREFERRED = "preferred"
    #: About the company, the benefits or how to apply: its mentions are not requirements.
    IGNORED = "ignored"


# A sentence over a list saying none of it is needed ("These improve a candidate; none is
# required."): the list is wanted, not needed.
LIST_NOT_NEEDED = re.compile(
    r"(?i)\b(?:" + _NONE_NEEDED + r"|(?:these|they|the\s+following)\s+(?:are|is)\s+(?:all\s+)?"
    r"(?:not|never)\s+(?:required|essential|mandatory|needed|necessary))\b"
)
# A heading that marks what follows as wanted but not needed ("Bonus points", "Great if you
# also have", "Even better if", "What will make you stand out", "Not essential, but …").
PREFERRED_HEADING = re.compile(
    r"(?i)\b(?:prefer\w*|nice[\s-]to[\s-]haves?|" + _BONUS + r"\w*|" + _DESIRED + r"|plus(?:es)?"
    r"|would\s+be\s+(?:nice|great|good|helpful|a\s+plus|lovely|brilliant|awesome|amazing|ideal)"
    r"|^\W*would\s+(?:really\s+)?love\b|optional|ideally|good[\s-]to[\s-]haves?"
    r"|extra\s+(?:credit|points?)|brownie\s+points?|(?:great|nice|good|even\s+better|amazing|ideal)\s+if"
    r"|secondary\s+(?:skills?|requirements|qualifications)"
    r"|stand\s+out|sets?\s+you\s+apart|not\s+(?:essential|required|mandatory|requirements?)|advantage\w*"
    r"|beneficial|helpful|would\s+(?:also\s+)?help|(?:highly|well)\s+regarded"
    r"|(?:might|may|could|will)\s+also\s+(?:have|bring)|assets?(?:\s+(?:qualifications?|criteria))?$"
    # "Competitive applicants will also have", "Would tip the balance", a solicitation's
    # "POINT-RATED CRITERIA" (scored, not pass/fail)
    r"|competitive\s+(?:candidates?|applicants?)|tips?\s+the\s+(?:balance|scales)|point[\s-]rated"
    r"|green\s+flags?"
    # "Nice to bring", "nice to rate B+", "Nice at any point"
    r"|nice[\s-]to[\s-](?:bring|see|know|rate|score)|^\W*nice\s+(?:at\s+any\s+(?:point|time|stage)"
    r"|(?:at\s+)?some\s+point|later|eventually|over\s+time)"
    r"|asset\s+(?:qualifications?|criteria|skills|experience)|icing\s+on\s+the\s+cake|extras"
    r"|cherry\s+on\s+top|if\s+you\s+also|^\W*nice\W*$|(?:we'd|we\s+would)\s+love|(?:great|nice)\s+to\s+have"
    r"|valued|appreciated|^\W*even\s+better\W*$|extra\s+skills|points\s+for|also\s+(?:great|nice|good)"
    r"|impress\s+us|(?:thrilled|delighted|excited)\s+if|strong(?:er|est)\s+(?:candidate|applicant)"
    r"|strengthen\s+(?:your|an?)\s+application|(?:speed|ramp)\s+you\s+up"
    # "ADDED VALUE (scored at evaluation, not a gate)", "The panel will also give credit for",
    # "Each 'yes' makes your application stronger, but none is essential"
    r"|added\s+value|(?:give|gives|giving|given)\s+(?:\w+\s+)?credit\s+for"
    r"|makes?\s+(?:your|an?|the)\s+application\s+stronger|" + _NONE_NEEDED + r")\b"
    # "Differentials" (Brazilian postings' "diferenciais") opens its heading, and so does
    # "Recommended" ("Recommended preparation", "Recommended qualifications").
    r"|^\W*(?:differentials?|recommended|recommendations?)\b"
    # Other languages' words for it: Japanese postings' "Welcome skills" (歓迎), Spanish
    # "deseables", Dutch "Pré's", Swedish "meritorious" (meriterande).
    # Japanese 尚可 "even better if", Vietnamese ƯU TIÊN "priority given to".
    # Welsh "Dymunol", French "Atouts", Portuguese "Desejável", German "Wünschenswert".
    r"|(?i:welcome\s+(?:skills?|experience|qualifications?)|歓迎|尚可|priority\s+given\s+to|ưu\s+tiên|deseables?|meritorious|meriterande"
    r"|dymunol|atouts?|desej[aá]ve(?:l|is)|w[uü]nschenswert|von\s+vorteil"
    r"|^\W*pr[eé]'?s\W*$)"
    # MoSCoW's "SHOULD (have)" and "COULD (have)" headings; "MUST" is required, "WON'T" nothing.
    r"|^\W*(?:should|could)(?:[\s-]+haves?)?\W*$"
    # Other languages' (extractors.role_languages): "Mile widziane", "Nilai tambah".
    r"|" + other.OTHER_PREFERRED_HEADING
)
# A heading whose section says nothing about what the role needs.
IGNORED_HEADING = re.compile(
    r"(?i)^(?:about\s+(?!the\s+(?:role|job|position|team|work)\b|you\b)[\w .'&-]+|who\s+we\s+are"
    r"|what\s+(?:do\s+)?we\s+(?:offer|give\s+you)|we\s+offer|our\s+offer|benefits|perks"
    # what the role will teach ("Helpful, but we'll train you"), names of things one may lack
    # ("Not dealbreakers"), a wiki page's links to other pages ("See also")
    r"|.*\bwe(?:'ll|\s+will)\s+(?:train|teach)\s+(?:you|it|this)\b.*|not\s+deal[\s-]?breakers\b.*"
    r"|red\s+flags?\b.*"
    # what another party provides ("PROVIDED BY THE PRINCIPAL CONTRACTOR"), names a list does not
    # take ("Not accepted as substitutes"), what the employer does not mind ("We don't mind
    # either way")
    r"|(?:provided|supplied|issued|funded)\s+by\b.*|not\s+(?:accepted|acceptable)\b.*"
    r"|(?:we|i)\s+(?:don't|do\s+not)\s+mind\b.*"
    # "Things we do not screen on", "What we won't assess"
    r"|(?:things|what|skills|areas)\s+(?:we|i)\s+(?:do\s+not|don't|won't|will\s+not|never)\s+"
    r"(?:screen|filter|assess|test|score|check|select|mark)\b.*"
    # "DON'T SCREEN ON", "Do not filter for"
    r"|(?:don't|do\s+not|never)\s+(?:screen|filter|select|shortlist)\s+(?:on|for|by)\b.*"
    r"|see\s+also"
    r"|salary|how\s+to\s+apply|to\s+apply|equal\s+opportunit\w*.*|location|the\s+company"
    r"|why\s+(?:join|work)\b.*|our\s+story|life\s+at\b.*|(?:the\s+|our\s+)?perks\b.*"
    r"|(?:our\s+|your\s+)?benefits\b.*|(?:salary|pay|rewards?)\s*(?:&|and)\s*benefits"
    r"|what(?:'s|\s+is)\s+in\s+it\s+for\s+you|what\s+you(?:'ll|\s+will)\s+get|in\s+return\b.*"
    r"|why\s+you(?:'ll|\s+will)\s+love\b.*|the\s+package|(?:total\s+)?rewards?|compensation\b.*"
    r"|what\s+we\s+can\s+offer\b.*|(?:what\s+)?we\s+provide\b.*|(?:our\s+|the\s+)?(?:interview|hiring|recruitment|application"
    r"|selection)\s+process|next\s+steps|how\s+we\s+hire|(?:our|the)\s+(?:mission|culture|values|vision)"
    r"|(?:company\s+)?(?:culture|values)|company\s+(?:overview|profile|description|introduction)"
    # "The Organisation" (what a booklet says of the employer), "Welfare" (benefits), a
    # ticket's "Activity" log and "Comments", "Out of scope for this hire", "don't need:".
    r"|(?:the\s+|our\s+)?organi[sz]ation|welfare(?:\s+(?:and|&)\s+benefits)?|activity|comments"
    r"|out\s+of\s+scope\b.*|(?:you\s+|we\s+)?(?:don't|do\s+not|won't|will\s+not)\s+need"
    r"|diversity\b.*|inclusion\b.*|practical\s+information|to|from|cc|bcc|sent|date"
    # a sourcing string's part to leave out ("Exclude: NOT (intern OR student)")
    r"|exclude|exclusions?|(?:must\s+)?not\s+match"
    # a form's part for whoever processes it ("For office use only: screened by ____")
    r"|(?:for\s+)?(?:office|official|internal|administrative)\s+use(?:\s+only)?"
    # A page's other parts: its legal notices and the job board's other postings.
    r"|(?:what(?:'s|\s+is)\s+)?on\s+offer|eeo(?:\s+statement)?|privacy(?:\s+(?:notice|policy))?"
    r"|disclaimer|(?:reasonable\s+)?accommodations?|(?:similar|related|other|more)\s+(?:jobs|roles|vacancies|openings)\b.*"
    r"|(?:people|candidates)\s+also\s+viewed|jobs\s+you\s+may\s+like"
    # A job site's fields about the posting ("Industries: Logistics, Supply Chain …").
    r"|industr(?:y|ies)(?:\s+type)?|job\s+function|employment\s+type|seniority(?:\s+level)?"
    # What the role does not ask for: MoSCoW's "WON'T", "What I don't care about".
    r"|won'?t(?:[\s-]+haves?)?|what\s+(?:i|we)\s+(?:don't|do\s+not)\s+(?:care\s+(?:about|for)"
    r"|need|require|expect|ask\s+for|mind)|what\s+you\s+(?:don't|do\s+not|won't)\s+need"
    # "Not needed", "Not required", "Not assessed": a list of what the role does not ask for
    # ("Not required, but nice" says preferred: PREFERRED_HEADING).
    r"|not\s+(?:needed|required|necessary|assessed|scored|considered|evaluated|tested|in\s+scope)"
    r"(?:\s+(?:for|in|on)\s+this\s+(?:role|job|position|post|unit|team|shift|ward|project))?"
    # What the role will teach or the employer will help with: "Skills you'll grow", "What
    # you'll learn", "We'll support you to gain".
    r"|(?:[\w,&\s]{0,60}?\s)?(?:skills?|things|what|behaviou?rs|knowledge)\s+you(?:'ll|\s+will)\s+"
    r"(?:grow|learn|gain|pick\s+up|develop|acquire)\b.*"
    # what a programme leads to: "At the end of the apprenticeship", "On completion"
    r"|(?:at\s+the\s+end\s+of|on\s+completion\s+of|after\s+completing)\s+(?:the|this|your)\s+"
    r"(?:apprenticeship|programme|program|course|traineeship|scheme|training)\b.*|on\s+completion"
    r"|(?:skills?\s+)?you(?:'ll|\s+will)\s+(?:grow|learn|pick\s+up)\b.*"
    # Where the role leads after the hire: "Progression", "Career path", "Where you'll go next".
    r"|(?:career\s+)?(?:progression|path|ladder)|(?:your\s+)?(?:next\s+steps?|growth)\s+path"
    r"|where\s+(?:this\s+role|you(?:'ll|\s+will|\s+can)?)\s+(?:leads?|goes?|go|grow)(?:\s+next)?"
    r"|(?:what\s+)?we(?:'ll|\s+will)?\s+(?:support|help|teach|train|fund|sponsor|pay\s+for|cover)\b.*"
    # Who the role is not for: "Not a fit if", "You're not a good fit if".
    r"|(?:you(?:'re|\s+are)\s+)?not\s+(?:a\s+)?(?:good\s+|great\s+)?(?:fit|match)\b.*"
    # The application's and the panel's parts: how to address the criteria, the interview
    # plan, notes for the panel (screening questions may be knockouts: requirements).
    r"|how\s+to\s+(?:address|respond\s+to|answer|write)\b.*|offer"
    r"|interview\s+(?:plan|loop|stages?|steps|panel)\b.*|(?:panel|interviewer|recruiter)(?:'s)?\s+notes?"
    r"|notes?\s+(?:for|to)\s+(?:the\s+)?(?:panel|interviewers?)"
    # Other languages' (extractors.role_languages): "Ce que nous offrons", "Oferujemy".
    r"|" + other.OTHER_OFFERED_HEADING + r"|benefit)$"
)
# A heading of what the role does not ask for ("What I don't care about", "You do not need").
NOT_ASKED_HEADING = re.compile(
    r"(?i)^\W*(?:what\s+(?:i|we)\s+(?:don't|do\s+not)\s+(?:care\s+(?:about|for)|need|require|expect"
    r"|ask\s+for|mind)|what\s+you\s+(?:don't|do\s+not|won't)\s+need|(?:you\s+|we\s+)?(?:don't|do\s+not"
    r"|won't)\s+need|not\s+(?:needed|required|necessary)(?:\s+(?:for|in|on)\s+this\s+(?:role|job"
    r"|position|post|unit|team|shift|ward|project|contract|assignment))?)\W*$"
)
# A posting's people as a field ("Hiring manager: D. Okafor, PMP", "Recruiter: …"): a label
# with its colon, not a line of its own (a job's title may be "Recruiter").
PEOPLE_FIELD = re.compile(
    r"(?i)^(?:hiring\s+manager|recruiter|contact(?:\s+person)?|reports?\s+to|posted\s+by"
    # a ticket's people: "Reporter: Priya N.    Assignee: Talent Acquisition - Tech"
    r"|reporter|assignee|approver|requester|watchers?"
    # a meeting's minutes: "PRESENT: …", "OFFICERS: …", "In attendance: …"
    r"|present|also\s+present|officers|in\s+attendance|attendees|apologies|absent)$"
)
# A clause that marks its own mentions as wanted but not needed.
PREFERRED_CLAUSE = re.compile(
    r"(?i)\b(?:preferred|preferably|prefer|a\s+plus|plus\s+point|nice[\s-]to[\s-]have"
    r"|"
    + _BONUS
    + r"|desirable|"
    + _DESIRED
    + r"|advantage|advantageous|ideally|good[\s-]to[\s-]haves?"
    r"|would\s+be\s+(?:nice|great|good|helpful|handy|useful|lovely|brilliant|awesome|amazing)"
    r"|nice[\s-]to[\s-]haves|beneficial|preferabl[ey]"
    r"|not\s+(?:required|essential|mandatory|a\s+must|needed|necessary|an?\s+(?:hard\s+)?requirement"
    r"|a\s+condition)|optional|would\s+(?:really\s+|also\s+)?help"
    # "is not a condition, but … is strongly encouraged" (not "encouraged to apply")
    r"|(?:is|are|be)\s+(?:(?:strongly|highly|also)\s+)?encouraged\b(?!\s+to\b)"
    r"|(?:great|ideal)\s+if|(?:a\s+)?(?:strong|big|huge|real|definite|major|great)\s+plus"
    r"|(?:highly|well)\s+regarded|(?:is|are)\s+(?:also\s+|very\s+|really\s+)?useful"
    # "would be of benefit to the Committee", "will be of value"
    r"|(?:would|will|could|may|might)\s+be\s+of\s+(?:(?:real|great|some|particular)\s+)?(?:benefit|value|use)"
    # "helps" where it ends what it says ("Postgres experience helps since …"), not "helps
    # the team ship"; "an asset" and "a differential" where they end it too.
    r"|helps(?=\s*(?:$|[.,;!)]|\s(?:since|as|because|too|a\s+lot)\b))"
    r"|(?:be|is|are|as)\s+(?:(?:considered|seen|regarded)\s+(?:as\s+)?)?(?:an?\s+)?(?:\w+\s+)?"
    r"(?:assets?|differential)(?=\s*(?:$|[.,;!)]))"
    # "Preference will be given to …", "… will be prioritised", "extra points for …"
    r"|preference\s+(?:will\s+be\s+|is\s+)?given|given\s+(?:preference|priority)"
    r"|(?:preference|priority)\s+(?:for|to)\s+(?:candidates|applicants|those|people|anyone)"
    r"|prioriti[sz]ed(?=\s*(?:$|[.,;!)]))|(?:extra|bonus|brownie)\s+points?|in\s+(?:your|their)\s+favou?r"
    r"|even\s+better|(?:is|are|be|highly|greatly|much|also)\s+(?:valued|welcomed?|appreciated)"
    r"|(?:knowledge|experience|skills?|familiarity|exposure)\s+(?:welcome|appreciated|valued)"
    r"|(?:nice|welcome|useful|good)\s+(?:extra|addition|bonus)|(?:would|will)(?:\s+not|n't)\s+hurt"
    r"|won't\s+hurt|sets?\s+you\s+apart|(?:make|makes|help|helps)\s+you\s+stand\s+out"
    # "Candidates with GCIH will stand out", "… will get a second look"
    r"|(?:will|would|'ll)\s+(?:really\s+)?(?:stand\s+out|get\s+a\s+second\s+look)"
    r"|not\s+a\s+deal[\s-]?breaker|tie[\s-]?breaker"
    # MoSCoW tags on an item ("Kafka - SHOULD", "Rust (could have)")
    r"|(?-i:SHOULD|COULD)(?:\s+HAVE)?"
    r"|(?:gives?|puts?)\s+you\s+(?:an?\s+)?(?:edge|head\s+start|leg\s+up)"
    # "would put them ahead of the pile", "I won't reject anyone without them"
    r"|(?:puts?|would\s+put|will\s+put)\s+(?:you|them|candidates|people|someone)\s+ahead"
    r"|(?:won't|will\s+not|wouldn't|would\s+not)\s+(?:reject|rule\s+out|turn\s+(?:away|down)"
    r"|screen\s+out)\s+(?:anyone|someone|candidates|people|you)\s+without"
    r"|(?:may|might|could)\s+also\s+(?:have|know|bring|hold|be\s+familiar)"
    r"|(?:would\s+be|is)\s+ideal|(?:is|are)\s+(?:(?:also|really)\s+)?nice(?!\s+to\s+work)"
    r"|(?:doesn't|does\s+not|won't|can't|cannot|wouldn't)\s+hurt"
    # "They'd love someone with …": the employer's wish, not "you'd love working with …"
    # Dutch "is een pré" (said "is a pre" in translation), Swedish "is meritorious",
    # Spanish "(deseable)".
    r"|(?:is|are)\s+(?:also\s+)?(?:een|a)\s+pr[eé](?=\s*(?:$|[.,;!)/]))|meritorious|meriterande"
    # A listing's "pref'd"; "we'd be glad to see but won't hold against you".
    r"|pref(?:'?d)?|(?:glad|happy|pleased)\s+to\s+see|(?:won't|will\s+not|wouldn't|would\s+not)\s+hold"
    r"\s+(?:it\s+|that\s+|this\s+)?against"
    r"|deseables?|desej[aá]ve(?:l|is)|w[uü]nschenswert|von\s+vorteil|plus\s+if"
    r"|(?:we|they|i|(?:the|my|our)\s+(?:client|team|employer))(?:'d|\s+would)\s+"
    r"(?:also\s+|really\s+)?love)\b"
    # "If you've used Kafka, great."
    r"|^\W*if\s+you\b[^.;]*,\s*(?:that's\s+|that\s+is\s+|even\s+)?(?:great|amazing|awesome"
    r"|perfect|brilliant|fantastic|ideal|better)\b"
    # A UK person specification's "(D)" marks a desirable criterion.
    r"|\((?-i:D)\)|[\[(](?:should|could)(?:[\s-]+have)?[\])]"
)
# A clause that says its own mentions are needed ("This is required.", "Required.").
REQUIRED_CLAUSE = re.compile(
    r"(?i)\b(?:required|essential|mandatory|must|needed|req'?d)\b|\((?-i:E)\)"
)
# A clause that says of itself that it is needed, whatever its section ("Java is mandatory",
# "Must have: PMP"); "required" alone may be another's ("the tools required by auditors").
SAYS_REQUIRED = re.compile(
    r"(?i)\b(?:is|are)\s+(?:(?:absolutely|also|strictly)\s+)?(?:mandatory|compulsory|required"
    r"|essential|a\s+must)\b|(?<!not\s)(?<!not\sa\s)\bmust[\s-]haves?\b|(?<!not\s)(?<!n't\s)\b(?:mandatory|compulsory)\b"
)
# A sentence that lets an equivalent stand in for what the one before names ("CISSP.
# Equivalent certifications accepted.").
EQUIVALENT_CLAUSE = re.compile(
    r"(?i)^\W*(?:or\s+)?(?:an?\s+|any\s+)?(?:equivalent|comparable)\b[^.;]{0,60}?"
    r"\b(?:accepted|acceptable|considered|welcome|recogni[sz]ed|counts?|will\s+do)\b"
)
# ", ideally also PySpark", ", ideally 3-4 years' PQE": a tail whose preference is its own
# (the names in it are preferred); the words before it keep their standing. "Terraform,
# ideally." has no tail: the whole clause is preferred.
IDEAL_TAIL = re.compile(
    r"(?i)(?:,|\s+and|\s+[-–—])\s*(?:but\s+|also\s+)?(?:ideally|preferably)(?=\s+\w)"
)
# "Essential: …", "Nice to have: …", "Qualifications: …": a heading inline, before a colon.
# (A YAML or JSON key writes its words with underscores: "nice_to_have: [Kafka]".)
INLINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z_ /&'-]{1,40}?)(?:\s*:|\s+[-–—])\s+(?=\S)")
# A bilingual label is as long as each of its halves ("Completano il profilo / Completing the
# profile: …"); tried only where a label's halves may be.
BILINGUAL_LABEL = re.compile(
    r"^\s*([A-Za-z][A-Za-z_ &'-]{1,40}?\s/\s[A-Za-z][A-Za-z_ &'-]{1,40}?)(?:\s*:|\s+[-–—])\s+(?=\S)"
)
# A list item's bullet or number, and a Markdown heading's hashes.
# Japanese and Chinese lists use "・" and "1、" (full-width "１．" reads "1." once plain).
BULLET = re.compile(
    r"^\s*(?:[•◦▪▫●○■□►▸‣⁃∙·・*+–—>→⇒➤➢❖◆◇-]|\d{1,2}[.)、]|o(?=\s))(?:\s+|(?<=[、・])|(?<=\d\.)(?=[A-Z\u3040-\u9fff]))"
)
# A line set wholly in bold ("**:sparkles: bonus points**"), in Markdown or a chat's markup.
BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(?=\S)[^*_\n]*?\S(?:\*\*|__)\s*$")
# Confluence and Jira wiki markup writes a heading "h2. About the team".
MARKDOWN_HEADING = re.compile(r"^\s*(?:#{1,6}|h[1-6]\.)\s+")
# Inline labels that head what follows them on the line ("Essential: …", "Stack: …").
LABEL_WORDS = re.compile(
    r"(?i)\b(?:require\w*|must|essential|minimum|qualifications?|skills?|stack|experience"
    r"|knowledge|criteria|tools|technolog\w*|prefer\w*|nice[\s-]to[\s-]haves?|bonus\w*"
    r"|desir\w*|about|perks|benefits|location|plus|good[\s-]to[\s-]have|industr(?:y|ies)"
    r"|job\s+function|employment\s+type|seniority|salary|pay|compensation|remuneration|profile)\b"
    # An e-mail's headers ("To: Talent Acquisition", "From: …")
    r"|^(?:to|from|cc|bcc|sent|date)$"
)
# Also a chat's "_italics_": an underscore at a word's edge, not inside one ("snake_case").
EMPHASIS = re.compile(r"\*\*|`|_(?:_|(?<!\w_)(?=\S)|(?<=\S_)(?!\w))")
# A line that is an employer's name: it ends in a company's legal form ("Acme Analytics Ltd");
# "Java Developer at Acme Inc" or "Java Developer - Acme Ltd" is a title.
EMPLOYER_NAME = re.compile(
    r"(?i)^(?!.*\sat\s)[^,;:.!?|·()–—-]{1,60}\s(?:ltd|limited|inc|incorporated|llc|llp|plc|gmbh|corp|corporation"
    r"|pty(?:\s+ltd)?|s\.a|b\.v|n\.v|s\.r\.l|sas|s\.p\.a|oy|oyj|ab|a/s|asa|ag|kg|pte\.?\s+ltd)\.?$"
)
MAX_HEADING_WORDS = 7
# Questions that head what the role asks for ("What do you bring?", "Is this you?").
QUESTION_HEADING = re.compile(
    r"(?i)^(?:what\s+(?:do|will|would|should)\s+you\s+(?:bring|need|have)|(?:who|what)\s+(?:are\s+we"
    r"|we(?:'re|\s+are))\s+looking\s+for|(?:is\s+)?this\s+you|(?:does\s+this\s+)?sounds?\s+like\s+you"
    r"|do\s+you\s+have\s+what\s+it\s+takes|are\s+you\s+(?:the\s+one|a\s+(?:good\s+)?(?:fit|match))"
    r"|what\s+(?:do\s+)?we\s+(?:need|expect|ask(?:\s+(?:of|from)\s+you)?))$"
)
MAX_PREFERRED_HEADING_WORDS = 16
# A long lead-in to the duties, ending in a colon ("The resource, placed in the Risk
# function, will be responsible for:", "In this role you will:").
DUTIES_LEAD_IN = re.compile(
    r"(?i)\b(?:will\s+be\s+(?:responsible\s+for|in\s+charge\s+of|tasked\s+with)|you\s+will"
    r"|(?:responsibilities|duties|tasks)\s+(?:will\s+)?include|(?:role|position|job)\s+(?:involves"
    r"|includes))\W*$"
)
_WORD = re.compile(r"\S*\w\S*")
# A lead-in whose sentence the list below finishes, colon or not ("It would be great if you
# also had", "Bonus points if you bring").
_OPEN_LEAD_IN = re.compile(r"(?i)\b(?:if|when)\s+you\b(?:\s+\w+)?\s+(?:had|have|bring|know)$")
# A whole line in one pair of square brackets (not "[Position] Data Engineer", not a link).
_SQUARE_BRACKETED = re.compile(r"^\[([^\[\]]*\w[^\[\]]*)\]$")
# An INI file's section ("[preferred]", "[not_required]"): a lower-case key of its own, its
# underscores spaces; a heading whatever its case.
_INI_SECTION = re.compile(r"^\[([a-z][a-z0-9_ -]*[a-z0-9])\]$")
_NOTE = re.compile(r"\s*\([^()]*\)$")
_OUTLINE_NUMBER = re.compile(r"^(?:[A-Z]?\d{1,2}(?:\.\d{1,2})+|[A-Z]\.\d{1,2})\.?\s+(?=[A-Z])")


# A job site's match panel, as long as its words run: "How your profile and resume fit this
# job", "Skills associated with the job we found on your profile", "How you match".
_SITE_PANEL = re.compile(
    r"(?i)^(?:how\s+(?:your\s+profile|you|your\s+(?:cv|resume|résumé))\b[\w\s]{0,30}?"
    r"\b(?:fits?|match(?:es)?)\b|skills?\s+(?:associated\s+with|matching)\s+(?:the|this)\s+job\b)"
    r"[^.!?]*$"
)


def heading_standing(text: str, current: Standing) -> Standing | None:
    """What a heading says about the lines under it, or None when the line is no heading.

    A line is a heading when it is short and has no sentence in it, or ends in a colon;
    a heading of neither kind starts a required stretch ("Requirements", "You have").
    """
    # "【歓迎】": a heading in Japanese brackets; "[Even better if you have]": one in square
    # brackets, as a bilingual posting writes the translation under its heading.
    stripped = EMPHASIS.sub("", text).strip().strip("【】［］「」").rstrip(":").strip()
    stripped = _SQUARE_BRACKETED.sub(r"\1", stripped).rstrip(":").strip()
    stripped = _OUTLINE_NUMBER.sub("", stripped)  # "3.2 RATED CRITERIA", "B.1 Mandatory"
    section = _INI_SECTION.match(text.strip())
    if section:
        return label_standing(section.group(1).replace("_", " ").replace("-", " "), current)
    # A heading is one phrase: pipe-separated items ("SRE | Remote | £80k + bonus") are not.
    # A longer line may head a list when it ends in a colon and says preferred ("These are
    # not required, but would help you stand out:").
    if _SITE_PANEL.match(stripped):
        return Standing.IGNORED
    limit = MAX_HEADING_WORDS
    # "Part 2 — Each 'yes' here makes your application stronger, but none is essential": a
    # form's part is named by all its line says.
    if _PART_NUMBER.match(stripped):
        limit = MAX_PREFERRED_HEADING_WORDS
    if (text.rstrip().endswith(":") or _OPEN_LEAD_IN.search(stripped)) and (
        PREFERRED_HEADING.search(stripped) or DUTIES_LEAD_IN.search(stripped)
    ):
        limit = MAX_PREFERRED_HEADING_WORDS
    # "Tickets that will get you to site sooner (not essential)": a phrase in lower case (it
    # names nothing) whose note in brackets says preferred heads a list, however long.
    note = _NOTE.search(stripped)
    if (
        note
        and (PREFERRED_HEADING.search(note.group()) or _NOT_NEEDED_NOTE.search(note.group()))
        and stripped[1 : note.start()].islower()
    ):
        limit = MAX_PREFERRED_HEADING_WORDS
    # A heading with its translation ("Wat bieden wij? / What do we offer?") is as long as
    # the longer of the two.
    # (a dash between its parts is no word: "COMPETENCIES - nice to rate B+ or better")
    words = max(len(_WORD.findall(part)) for part in stripped.split(" / "))
    # "PART 2 - SCORED (0-3 points each; not required)": a heading in capitals with a note
    head = _NOTE.sub("", stripped)
    if words > limit and head != stripped and head.isupper() and len(_WORD.findall(head)) <= limit:
        words, stripped = len(_WORD.findall(head)), stripped.replace(";", ",")
    if not stripped or words > limit or " | " in stripped:
        return None
    if stripped[-1:] in ".,;!?" and not (
        # "What's in it for you?", "What do you bring?": a question can head a section.
        stripped[-1] == "?"
        and (
            # A short question with its translation ("Wat ga je doen? / What will you do?")
            "? / " in stripped
            or any(
                IGNORED_HEADING.match(part) or QUESTION_HEADING.match(part)
                for part in (stripped[:-1].strip(), stripped[:-1].rsplit("? / ", 1)[-1].strip())
            )
        )
    ):
        return None
    # Japanese and Chinese have no capitals: a short line of their letters is a heading.
    first = stripped[:1]
    if not (
        text.rstrip().endswith(":")
        or stripped.isupper()
        or first.isupper()
        or (first.isalpha() and not first.islower())
    ):
        return None
    if PEOPLE_FIELD.match(stripped) and not text.rstrip().endswith(":"):
        return None
    return label_standing(stripped, current)


# Headings a numbered or bulleted line may be without a colon ("3. Essential skills").
# Nouns that name a section of requirements, alone or joined ("Knowledge, skills and
# abilities", "Education & experience", "Certifications/Licenses").
_SECTION_NOUN = (
    r"(?:requirements|qualifications|skills|criteria|competencies|responsibilities|duties"
    r"|abilities|knowledge|experience|education|certifications?|licen[cs]es?|tools"
    r"|technolog(?:y|ies)|must[\s-]haves?|mission|role|profile|tasks|impact|team|stack"
    r"|tech(?:nology)?\s+stack|tools\s+we\s+use)"
)
REQUIRED_HEADING = re.compile(
    r"(?i)^(?:(?:key|main|core|essential|required|minimum|basic|technical|professional|your|the"
    rf"|our)\s+)*{_SECTION_NOUN}(?:\s*(?:,|and|&|/)\s*{_SECTION_NOUN})*$"
    r"|^(?:essential|about\s+the\s+(?:role|job|position|team)|(?:role|job)\s+(?:purpose|description)"
    r"|person\s+specification|what\s+you(?:'ll|\s+will)?\s+(?:do|need|bring|work\s+on)|who\s+you\s+are"
    r"|what\s+we(?:'re|\s+are)\s+looking\s+for|you(?:'ll|\s+will)?\s+(?:need|have|bring)|about\s+you"
    r"|day[\s-]to[\s-]day|in\s+this\s+role(?:\s+you(?:'ll|\s+will))?)$"
    # Other languages' (extractors.role_languages): "Wymagania", "応募資格", "Απαιτήσεις".
    r"|" + other.OTHER_REQUIRED_HEADING
)


def item_heading_standing(text: str, numbered: bool, outline: bool = False) -> Standing | None:
    """What a list item says about the items after it when it is a heading, else None: an
    item of heading words ending in a colon ("• Nice to have:", "- Requirements:"), or a
    short numbered one ("4. Desirable skills", "1. About us"). "- A degree is a plus" or
    "- Experience in one of:" are items. A numbered line over its own numbered parts or a
    bulleted list ("4. The panel will also give credit for" over "4.1 …") heads them when it
    says a standing, however it is worded (``outline``)."""
    if outline and not says_no_standing(text):
        # (it ends where its list begins, as a colon would end it)
        return heading_standing(text.rstrip().rstrip(":") + ":", Standing.REQUIRED)
    new = heading_standing(text, Standing.REQUIRED)
    if new is None:
        return None
    stripped = EMPHASIS.sub("", text).strip()
    name = stripped.rstrip(":?").strip()
    headed = new is not Standing.REQUIRED or bool(REQUIRED_HEADING.match(name))
    if headed and (stripped.endswith(":") or (numbered and len(name.split()) <= 4)):
        return new
    return None


# Words by which a heading says a standing of its own or opens a part of the posting, not
# only a topic within one ("Tools:", "Languages:").
_STANDING_WORDS = re.compile(
    r"(?i)\b(?:require\w*|essential|mandatory|must|needed|minimum|basic|core|key"
    r"|qualifications?|responsibilit\w*|dut(?:y|ies)|tasks?|role|job|position|about|profile"
    r"|mission|impact|what\s+you|who\s+you|you(?:'ll|\s+will)?\s+(?:need|have|bring|do))\b"
)


def says_no_standing(heading: str) -> bool:
    """Whether a heading names only a topic ("Tools:", "Technical skills"), no standing and
    no part of the posting: as a list's item it heads a group within its section."""
    name = EMPHASIS.sub("", heading).strip().rstrip(":?").strip()
    return not (
        _STANDING_WORDS.search(name)
        or PREFERRED_HEADING.search(name)
        or IGNORED_HEADING.match(name)
        or other.REQUIRED.match(name)
    )


# A heading with its translation: "Wat bieden wij? / What do we offer?", "Les + (why join us)".
_GLOSSED_WORD = re.compile(r"\b[^\W\d_]+\s+\(([a-z]+)\)$")
_TRANSLATION = re.compile(r"\s+/\s+|\s*[()]\s*")


_NOT_NEEDED_NOTE = re.compile(
    r"(?i)(?:but\s+)?not\s+(?:required|needed|necessary|essential|mandatory|a\s+requirement)"
    # "(not needed to apply)", "(not required at application)"
    r"(?:\s+(?:to\s+apply|at\s+application|for\s+(?:this|the|your)\s+(?:role|job|post|application)))?"
)
# A form's numbered part before its name: "PART 3 - NOT ASSESSED", "Section B: Desirable".
# A feature file's "Scenario: Things we do not screen on" names its part too.
_PART_NUMBER = re.compile(
    r"(?i)^\W*(?:(?:part|section|step|stage)\s+\w{1,3}\s*[-–—:.]"
    r"|scenario(?:\s+outline)?\s*:)\s*"
)


def label_standing(label: str, current: Standing) -> Standing:
    """What a heading or an inline label ("Essential", "Perks") says about what it heads;
    a bilingual heading says it in either of its languages."""
    label = _PART_NUMBER.sub("", label.replace("_", " "))
    # "About the mahi (work)": a last word glossed in brackets reads as its gloss.
    label = _GLOSSED_WORD.sub(r"\1", label)
    # "The panel will also give credit for (not required)": a note saying the heading's list is
    # not needed makes it wanted, not needed; "Not required" alone asks for nothing.
    note = _NOTE.search(label)
    head = label[: note.start()].strip().rstrip("?:") if note else ""
    if note and head and _NOT_NEEDED_NOTE.fullmatch(note.group().strip(" ()")):
        return Standing.IGNORED if IGNORED_HEADING.match(head) else Standing.PREFERRED
    parts = [label, *_TRANSLATION.split(label)] if _TRANSLATION.search(label) else [label]
    if any(
        IGNORED_HEADING.match(name) or PEOPLE_FIELD.match(name)
        for name in (part.strip().rstrip("?:").strip() for part in parts)
    ):
        return Standing.IGNORED
    if PREFERRED_HEADING.search(label):
        return Standing.PREFERRED
    return Standing.REQUIRED

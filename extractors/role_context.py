"""Clauses of a job description about something other than the role: what the employer gives
("we'll pay for your CKS"), how to apply, the employer or its people ("Acme is a CREST-accredited
testing company", "Our consultants hold SHRM-SCP"), the posting itself ("Posted 2 days ago",
"Page owner: HR"), the languages applications may be made in, and what the role says it does
not need ("no design experience is needed")."""

from __future__ import annotations

import re

from extractors.role_languages import PARTNER_BEFORE
from extractors.role_records import department_acts, prepared_by, tells_of_others
from extractors.role_text import PREFERRED_CLAUSE, REQUIRED_CLAUSE

# The employer or its people described, not the person sought: "Acme Ltd is a CREST-accredited
# testing company", "we are a team of 60 across product, machine learning and sales", "Our
# research team of eleven includes seven CFA charterholders", "Our own consultants hold …".
_NOUN_END = r"(?![\w-])"
_NEED_WORDS = (
    r"(?:must|plus|bonus|requirement|need|needed|key|core|advantage|asset|nice|for|to|with|that"
    r"|which|who|we|you|our|your)\b"
)
_EMPLOYER_NOUN = (
    r"(?:company|firm|consultancy|agency|provider|partner|business|startup|employer"
    r"|organi[sz]ation|dealer|bank|insurer|group|manufacturer|retailer|charity)" + _NOUN_END
)
EMPLOYER_CLAUSE = re.compile(
    r"(?i)\bwe(?:'re|\s+are)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:team|company|group|firm|business)"
    r"\s+of\s+(?:\d[\d,]*|[\w-]+)\s+(?:people\s+|staff\s+|engineers\s+)?"
    r"(?:across|spanning|in|from|including|covering)\b"
    # ("Our PACS and IT team (all ITIL 4 Foundation certified) keeps …")
    # ("Kestrel's own team includes two CFA charterholders": a search firm's)
    r"|\b(?:our|(?-i:[A-Z][\w&-]*)['’]s)\s+(?:own\s+)?(?:[\w&-]+\s+){0,3}?(?:team|consultants|staff|people|colleagues"
    r"|employees|engineers|analysts|partners|experts|trainers|instructors|graduates|alumni"
    r"|learners|students)(?:\s+of\s+[\w-]+)?(?:\s+|\s*\(\s*)(?:all\s+|already\s+|also\s+)?"
    r"(?:hold|holds|include|includes|count|counts|(?:(?:are|is)\s+)?(?:all\s+)?"
    r"(?:(?-i:[A-Z0-9][\w+.-]*)\s+){1,4}(?:certified|accredited|qualified))\b"
    # The employer's own certification: "We are ISO 27001 certified", "We're proudly B Corp
    # certified", "The company is ISO 27001 certified" (the names in capitals), not "we are
    # looking for someone AWS certified".
    r"|\b(?:we(?:'re|\s+are)|(?:the|our|my)\s+(?:company|firm|business|organi[sz]ation|group"
    r"|employer|client|lab|laboratory|site|facility|practice)\s+(?:is|are))\s+"
    # ("We are SOC 2 Type II and PCI DSS compliant")
    r"(?:(?:all|proudly|fully|also|now)\s+)?(?:(?-i:[A-Z0-9][\w+.-]*)(?:\s*,\s*|\s+(?:and|&)\s+"
    r"|\s+)){1,8}(?:certified|accredited|registered|compliant)\b"
    # A named employer ("Redline Assurance is a … company", "Founded in 2010, Acme is a
    # leading provider of …"), not the role or the person.
    r"|^\W*(?:[^,;.]{1,60},\s+)?(?:(?:our|my|the)\s+client|(?!(?:this|the|our|your|a|an)\s+"
    r"(?:role|job|position|post|successful|ideal|right|candidate|person|hire)\b|(?:you|it|this"
    r"|that|he|she|they)\b)(?-i:[A-Z][\w&.'-]*)(?:\s+(?-i:[A-Z][\w&.'-]*)){0,4})"
    # ("AWS is the cloud provider we use" is the stack; "Acme is the UK's leading provider")
    r"\s+(?:is|are)\s+(?:an?|the(?=\s+(?:[\w-]+'s|leading|largest|biggest|first|only|fastest"
    r"|premier|number|world)\b))\s+"
    # the words describing it, none saying what the role needs ("Salesforce is a must for
    # this business")
    rf"(?:(?!{_NEED_WORDS})[\w'-]+\s+){{0,6}}?{_EMPLOYER_NOUN}"
    # "As an AWS Advanced Tier partner, we build …" (but "…, we need Terraform" asks)
    rf"|^\W*as\s+an?\s+(?:[\w-]+\s+){{0,6}}?{_EMPLOYER_NOUN}\s*,\s*we\b"
    r"(?![^.;]*\b(?:need|look|seek|hir|want|requir|expect))"
)
# ... unless the clause goes on to say what the role needs ("…, so you will need CISSP").
_NO_NEED_AFTER = r"(?![^.;]*\b(?:need|look|seek|hir|want|requir|expect|must)\w*)"
# "The Office holds ISO 27001 certification", "We have held Cyber Essentials accreditation"
EMPLOYER_HOLDS = re.compile(
    r"(?i)\b(?:we|(?:the|our|my)\s+(?:company|firm|business|organi[sz]ation|office|group|employer"
    r"|client|lab|laboratory|site|facility|practice|bank|agency|authority|institute|council"
    # a body by its name: "The Crown holds …", "The Trust has held …"
    r"|(?!(?-i:Candidate|Applicant|Successful|Post|Role|Holder|Contractor|Resource)\b)(?-i:[A-Z][a-z]+)))\s+"
    r"(?:also\s+|proudly\s+|already\s+)?(?:holds?|has(?:\s+held)?|have(?:\s+held)?|maintains?"
    r"|achieved|was\s+awarded)\s+(?:(?-i:[A-Z0-9][\w+./:-]*)\s+){1,4}(?:certification"
    r"|accreditation|registration)\b" + _NO_NEED_AFTER
)
# What the employer makes for its customers ("We build evals + guardrails for LLM apps",
# "We make payroll software for SMEs"); not what it builds with ("We build on AWS", "with
# Terraform", "in Python").
EMPLOYER_PRODUCT = re.compile(
    r"(?i)^\W*(?:we(?:'re|\s+are)?|(?:the|our)\s+(?:group|lab|laboratory|company|firm|startup"
    r"|business|institute|centre|center)(?:\s*\([^()]*\))?)\s+"
    r"(?:build|make|develop|sell|design|create)(?:s|ing)?\s+"
    r"(?![^.;]*\b(?:on|with|using|in)\s)[^.;]*?\bfor\s" + _NO_NEED_AFTER
)
# A posting's own fields: a job board's "Posted 2 days ago", a wiki page's "Page owner: …
# Last updated 4 Feb", an ATS's "job requisition id".
POSTING_META = re.compile(
    r"(?i)\bposted\s+(?:on\b|\d+\+?\s+\w+\s+ago\b|today\b|yesterday\b)|\bpage\s+owner\b"
    r"|\blast\s+(?:updated|modified|edited|reviewed)\b|\brequisition\s+(?:id|number|no)\b"
)
# The languages an application may be written in, and who is invited to apply: "The Council
# welcomes applications in Welsh and in English".
APPLICATIONS = re.compile(
    r"(?i)\b(?:welcomes?|invites?|encourages?|accepts?)\s+applications\b"
    r"|\bapplications?\s+(?:(?:may|can|should)\s+be\s+)?(?:submitted|made)\s+in\b"
    r"|\b(?:encouraged|invited|welcome)\s+to\s+apply\b"
)
# What the role says it does not ask for: "no instructional design experience is needed",
# "You don't need to know Dagster already".
NOT_NEEDED_CLAUSE = re.compile(
    r"(?i)^\W*no\s+(?:prior\s+|previous\s+)?(?:(?!but\b|and\b|while\b|though\b|needed\b"
    r"|required\b)[\w/+#.-]+\s+){1,5}?(?:is\s+|are\s+)?"
    r"(?:needed|required|necessary|expected)(?=\s*(?:$|[.,;!)]))"
    # "You don't need to know Dagster", not "You don't need to be an expert in Python"
    r"|^\W*you\s+(?:don't|do\s+not|won't|will\s+not)\s+need\s+(?:to\s+(?:know|have\s+(?:used"
    r"|worked))|any\s|prior\s|previous\s|experience|(?:a|an)\s+(?:degree|certific))"
    # "You don't need Python on day one - we'll pair you …"
    r"|^\W*you\s+(?:don't|do\s+not|won't|will\s+not)\s+need\s+(?!to\s+be\b)[^.;,]{0,40}?"
    r"\b(?:on|from|before|by)\s+(?:day\s+(?:one|1)|your\s+first\s+day|the\s+(?:start|first\s+day)"
    r"|joining|you\s+(?:start|join))\b"
    # "You don't need to be a C++ developer" (but "… to be an expert in Python" still asks)
    r"|^\W*you\s+(?:don't|do\s+not|won't|will\s+not)\s+need\s+to\s+be\s+an?\s+(?:[\w+#./-]+\s+){1,3}?"
    r"(?:developer|engineer|programmer|coder|administrator|admin|architect|scientist|designer)s?\b"
)
# Legal notices: "pursuant to laws 903/77", "the privacy notice pursuant to art. 13 of the
# GDPR", "in accordance with relevant laws".
LEGAL_NOTICE = re.compile(
    r"(?i)\b(?:pursuant\s+to|ai\s+sensi\s+d\w*|in\s+accordance\s+with)\s+(?:the\s+)?(?:relevant\s+"
    r"|applicable\s+)?(?:laws?\b|art(?:icles?)?\b|legislative\s+decree)"
    r"|\b(?:privacy\s+(?:notice|policy|statement)|informativa\s+(?:sulla\s+)?privacy)\b"
)


def about_the_posting(clause: str) -> bool:
    """Whether a clause is about the employer, the posting or the application, or says what
    the role does not need: it names no requirement."""
    lower = clause.lower()  # the rarer patterns are tried only where their words are
    return bool(
        EMPLOYER_CLAUSE.search(clause)
        or POSTING_META.search(clause)
        or APPLICATIONS.search(clause)
        or NOT_NEEDED_CLAUSE.search(clause)
        or (_has(lower, _HOLDS_WORDS) and EMPLOYER_HOLDS.search(clause))
        or (" for " in lower and EMPLOYER_PRODUCT.search(clause))
        or (_has(lower, _LEGAL_WORDS) and LEGAL_NOTICE.search(clause))
    )


_HOLDS_WORDS = ("certification", "accreditation", "registration")
_LEGAL_WORDS = ("pursuant", "sensi", "accordance", "privacy")


def _has(lower: str, words: tuple[str, ...]) -> bool:
    return any(word in lower for word in words)


# A clause about what the employer gives, not what the role needs ("we'll pay for your CKS",
# "tuition reimbursement"); a deadline for the hire ("within 90 days of hire") keeps it.
# A recruiter writes of the employer as "they" or "my client" ("They'll also cover OSEP or
# any other OffSec cert").
IGNORED_CLAUSE = re.compile(
    r"(?i)\b(?:(?:we|they)(?:'ll|'re|'d|\s+will|\s+can|\s+would|\s+are)?"
    r"|(?:(?:the|my|our)\s+)?(?:company|client|employer|contractor)(?:'ll|\s+will|\s+can|\s+would)?)\s+"
    # up to three words between ("we're also happy to pay for"), none of them a need
    r"(?:(?!need|want|requir|expect|look|ask|seek|hir)[\w']+\s+){0,3}?"
    r"(?:pay\s+for|fund|sponsor|reimburse|support\s+you\s+(?:through|with|in)|put\s+you\s+through"
    r"|(?:train|teach|coach|upskill)\s+(?:you|it|this|that|them)\b"
    r"|cover\s+(?:the\s+(?:cost|fees?)|your|exam|certification"
    # "cover OSEP or any other cert", "we offer paid AWS certifications": what is given is
    # a credential's cost or its training
    r"|[^.;!?]{0,60}\b(?:certs?|certifications?|exams?|courses?|training|fees?|costs?)\b)"
    r"|(?:offer|provide|give)[^.;!?]{0,60}\b(?:certs?|certifications?|exams?|courses?|training"
    r"|budget|fees?|costs?|vouchers?)\b)\b"
    # "Contractor will provide OSHA 10 for apprentices", "They'll arrange your CSCS card"
    r"|\b(?:we|they|(?:(?:the|my|our)\s+)?(?:company|client|employer|contractor))(?:'ll|\s+will)"
    r"\s+(?:also\s+)?(?:provide|supply|arrange|organi[sz]e)\b"
    r"(?![^.;!?]*\b(?:and|but|while)\s+(?:you|the\s+role)\b)"
    # Training given on day one: "HIPAA training day 1 in orientation", "lift certs done on site
    # day one"; and what the employer pays for: "at the school's expense"
    r"|\b(?:training|certs?|certifications?|courses?)\b(?:\s+(?:is|are|will\s+be|done|given"
    r"|provided|delivered|run|held|on\s+site|in[\s-]house|on|in|during))*\s+(?:day\s+(?:one|1)"
    r"|orientation|induction|onboarding)\b|\bat\s+(?:the\s+)?(?!(?:candidate|applicant|employee"
    r"|your|own)\b)(?:[\w-]+'s|our|their|company|employer)\s+(?:own\s+)?expense\b"
    r"|\b(?:tuition|certification|exam|training|learning)\s+(?:reimbursement|budget|allowance|support)"
    r"|\b(?:funded|paid|sponsored)\s+(?:by\s+us|for\s+you)"
    # "Certification plan financed 100%", "Training budget fully funded"
    r"|\b(?:certs?|certifications?|exams?|training|courses?)\s+(?:plan|programme|program|budget"
    r"|costs?|fees?)\s+(?:is\s+|are\s+)?(?:fully\s+)?(?:financed|funded|paid|sponsored|reimbursed)\b"
    # the offer said without a subject ("Company-paid CKA exam", "Free Azure training",
    # "Sponsorship for your PMP", "Paid study leave for ACCA exams", "Exam fees on us")
    r"|\b(?:company|employer)[\s-](?:paid|funded|sponsored)\b"
    r"|\b(?:paid|free|funded|sponsored)\s+(?:[\w+-]+\s+){0,6}?(?:certs?|certifications?|exams?"
    r"|training|courses?|classes|renewals?|study\s+leave)\b|\bsponsorship\s+(?:for|of)\b|\breimbursement\s+of\b"
    r"|\b(?:costs?|fees?)\s+(?:are\s+|is\s+)?(?:covered|paid|reimbursed)\b|\bcovered\s+by\s+(?:us|the"
    r"\s+(?:company|employer|business))\b|\bon\s+us\b|\bvouchers?\b|\bstudy\s+(?:leave|days?)\b"
    # "Full training provided on Sage", "CSCS card course available"
    r"|\b(?:training|courses?|certifications?|mentoring|coaching)\s+(?:is\s+|are\s+|will\s+be\s+)?"
    r"(?:provided|offered|available|given)\b"
    # a third party's gift: "the JATC covers your OSHA 30", "the union pays for your card"
    r"|\b(?:covers|pays\s+for|funds)\s+your\b"
    # the employer by its name or kind: "Acme will pay for the CISSP of senior staff", "The
    # firm funds one exam attempt a year"
    r"|\b(?:pays|will\s+pay|'ll\s+pay|would\s+pay)\s+for\b"
    # "a budget which also pays the AFP CTP renewal fee" (not "you'll pay your own …"); "the
    # group's research credits"
    r"|(?<!\byou)(?<!\byou\s)\b(?:pays|will\s+pay|'ll\s+pay|would\s+pay)\s+(?:the|your|their|all)\s+"
    r"(?!own\b)[^.;]{0,40}?"
    r"\b(?:fees?|costs?|dues|renewals?|subscriptions?)\b|\b(?:research|cloud|compute)\s+credits\b"
    # "the Bank will sponsor the FRM for internal candidates": the employer named in capitals
    r"|\b(?:the|our)\s+(?-i:[A-Z][\w&-]+)\s+(?:will|would|can|may)\s+(?:sponsor|fund|pay\s+for"
    r"|reimburse|cover)\b"
    r"|\b(?:the|our|my)\s+(?:company|client|employer|contractor|practice|firm|business|agency"
    r"|organi[sz]ation|school|department|trust)\s+(?:also\s+)?(?:funds|sponsors|reimburses|covers)\b"
    r"|\btime\s+off\s+to\s+study\b|\b(?:opportunity|chance)\s+to\s+(?:get|become|earn|gain|obtain"
    r"|pursue|achieve)\b"
    # "We'll help you get AWS certified", "mentoring towards PMP", "a clear path to CISSP",
    # "You'll receive training on Salesforce", "You'll get to learn Kubernetes"
    r"|\bhelp\s+you\s+(?:to\s+)?(?:get|earn|become|achieve|obtain|gain|pass|prepare)\b"
    r"|\bsupport\s+you\s+towards?\b|\b(?:mentor(?:ing|ship)|coaching)\s+towards?\b"
    r"|\b(?:clear|career|development|certification)\s+path\s+(?:to|towards?)\b"
    r"|\byou(?:'ll|\s+will)\s+(?:receive|get|be\s+given)\s+(?:full\s+|free\s+)?training\b"
    r"|\byou(?:'ll|\s+will)\s+(?:get\s+to\s+|have\s+the\s+(?:chance|opportunity)\s+to\s+)?learn\b"
    # who bears a cost, or who will not pay it: "The Contractor bears the cost of all
    # certification", "we will not reimburse renewal fees"
    r"|\b(?:bears?|meets?|carr(?:y|ies))\s+(?:the\s+|all\s+)?(?:costs?|expenses?|fees?)\s+of\b"
    r"|\b(?:will\s+not|won't|does\s+not|doesn't|do\s+not|don't|cannot|can't)\s+(?:reimburse|refund"
    r"|pay\s+for|fund|cover)\b"
)
HIRE_DEADLINE = re.compile(
    r"(?i)\b(?:within|by)\b[^.;]{0,30}\b(?:of|after)\s+(?:hire|start\w*|joining)"
)
# A clause on how to apply, whatever it names ("To apply, … Python developers welcome").
APPLY_CLAUSE = re.compile(
    r"(?i)^\W*(?:if\s+(?:you(?:'re|\s+are)\s+)?interested\W+|if\s+this\s+sounds\s+like\s+you\W+)?"
    r"(?:to\s+apply|how\s+to\s+apply|please\s+apply|apply\s+(?:now|today|via|through|by|with)"
    r"|(?:please\s+)?send\s+(?:me\s+|us\s+)?(?:your|a)\s+(?:cv|r[ée]sum[ée]|resume|application)"
    r"|(?:please\s+)?contact\s+(?:the|our|us|me)\b"
    # "Applications, marked "CISO - P4", shall reach the Permanent Secretary by …"
    r"|applications?\b[^.;]{0,60}?\b(?:shall|should|must|will)\s+(?:reach|be\s+(?:sent|submitted"
    r"|addressed|received|made|lodged|marked)))\b"
)


# "Don't care about Agile certs", "No need for a degree": what the role does not ask for.
NOT_ASKED = re.compile(
    r"(?i)^\W*(?:(?:and|but|also|oh|hey|so)\W+){0,3}(?:(?:we|i|they|(?:the|my|our)\s+client)\s+)?"
    r"(?:don't|do\s+not|doesn't|does\s+not)\s+care\s+(?:about|for|if|whether)\b"
    # "Don't worry if SAP is a name you don't know", "No need to worry about Python"
    r"|^\W*(?:(?:and|but|also|so)\W+)?(?:(?:please\s+)?(?:don't|do\s+not|never)|no\s+need\s+to)\s+worry"
    r"\s+(?:about|if|whether)\b"
    # a reviewer's bracketed note striking its line: "Python [HM: delete, nobody uses it]",
    # "CIPD Level 5 [HM: this is UK, take it out]"
    r"|.*\[\s*[\w .]{1,20}:[^\]]*?\b(?:delete|remove|drop|strike|take\s+(?:it|this|that)\s+out"
    r"|cut\s+(?:it|this|that))\b[^\]]*\]"
    r"|^\W*no\s+need\s+(?:for|to\s+have)\b"
    # "We don't use Kubernetes (yet)"
    r"|^\W*(?:we|i)\s+(?:don't|do\s+not)\s+(?:use|run|need|require|want)\b"
    # "we won't ask about Python or SQL in the interview"
    r"|^\W*(?:we|i)\s+(?:won't|will\s+not|don't|do\s+not)\s+(?:ask|test|quiz|assess|grill)\s+"
    r"(?:you\s+)?(?:about|on|for)\b"
    # a hiring manager to a sourcer: "No, don't screen on CISSP", "Don't filter on CCDE"
    r"|^\W*(?:no\W+)?(?:(?:we|i|please)\s+)?(?:don't|do\s+not|never)\s+(?:screen|filter|search"
    r"|select|shortlist)\s+(?:candidates\s+|people\s+|anyone\s+)?(?:on|for|by)\b"
)


# A show's host going back to the show after an ad read ("Now, back to my conversation with
# Priya about IFRS 17"): what follows is the show's, not the role's.
BACK_TO_SHOW = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:(?:now|and|ok(?:ay)?|so|anyway|right)\W+){0,3}back\s+to\s+(?:my|our|the)"
    r"\s+(?:conversation|interview|chat|episode|show|discussion|programme|program|guest)\b"
)


def after_the_ad(lines: list[str]) -> set[int]:
    """The lines after the one where a host goes back to the show, which name nothing."""
    for number, line in enumerate(lines):
        if "back to" in line.lower() and BACK_TO_SHOW.search(line):
            return set(range(number + 1, len(lines)))
    return set()


# What the team already holds or did is the team's, not the role's ("Two of the team did
# GCFA last year", "Most of our analysts hold CySA+", "Everyone on the team has the CKA").
TEAM_HOLDS = re.compile(
    r"(?i)^\W*(?:(?:last|this)\s+(?:year|quarter|month)\W+)?(?:(?:\w+|most|all|half|many|some)\s+of"
    r"\s+(?:the|our|my)\s+(?:team|engineers|analysts|nurses|developers|staff)|(?:every(?:one|body)|all)"
    r"\s+on\s+(?:the|our|my)\s+team|(?:the|our|my)\s+(?:whole\s+|current\s+)?team)\s+(?:already\s+)?"
    r"(?:did|got|has|have|hold|holds|earned|passed|completed|took)\b"
)
# The same said of the employer's people anywhere in a clause: "…, and three of its faculty
# are CISSP holders", "half of our consultants are PMP-certified".
TEAM_ARE_HOLDERS = re.compile(
    r"(?i)\b(?:\w+|most|all|half|many|some)\s+of\s+(?:its|our|their|the|my)\s+(?:faculty|staff"
    r"|team|engineers|analysts|nurses|developers|consultants|members|employees|people|colleagues"
    r"|instructors|lecturers|auditors)\s+(?:are|is)\s+[^.;]{0,40}?(?:\bholders|\bcertified"
    r"|\bqualified|\bchartered|\bcredentialed)\b"
)


# "English and French are the working languages of the Secretariat": the employer's own
# languages, not what the role asks of them (which a sentence of its own says).
EMPLOYER_LANGUAGES = re.compile(
    r"(?i)\b(?:is|are)\s+the\s+(?:two\s+|main\s+)?(?:working|official)\s+languages?\s+of\b"
)


# "Certifications such as CISSP or CISM are not required for this position", "Kubernetes is
# not needed - we are retiring it": said of the names, with no other word of standing ("is not
# required but a plus" prefers; so do "not essential" and "though it is not required").
_SAID_NOT_NEEDED = re.compile(
    r"(?i)\b(?:(?:is|are)\s+not|isn't|aren't)\s+(?:required|needed|necessary)\b"
)
_SAID_OF_IT = re.compile(r"(?i)\b(?:it|that|this)\s$")
# "… is not required but is recognized with a pay differential": the same names go on, wanted
# ("…, but familiarity with X is expected" turns to other names).
_BUT_STILL = re.compile(
    r"(?i)\s*,?\s+but\s+(?:(?:it|they|this|that)\s+)?(?:is|are|will|would|can|may|does|do|counts?"
    r"|helps?|moves?|earns?|gets?|puts?)\b"
)


def said_not_needed(clause: str) -> bool:
    """Whether a clause says its names are not needed, and nothing else of their standing."""
    said = _SAID_NOT_NEEDED.search(clause) if "not" in clause or "n't" in clause else None
    if said is None or _SAID_OF_IT.search(clause, 0, said.start()):
        return False
    if _BUT_STILL.match(clause, said.end()):
        return False
    rest = clause[: said.start()] + clause[said.end() :]
    return not (PREFERRED_CLAUSE.search(rest) or REQUIRED_CLAUSE.search(rest))


# A name said not to meet what is asked: "OSHA 10 on its own does not meet this requirement",
# "A+ alone is not enough", "Foundation-level certificates do not count".
NOT_ENOUGH = re.compile(
    r"(?i)\b(?:(?:does|do|will|would)\s+not|doesn't|don't|won't|wouldn't)\s+(?:meet|satisfy|fulfil+"
    r"|count|qualify|cover)\b|\b(?:is\s+not|are\s+not|isn't|aren't)\s+(?:enough|sufficient)\b"
)


# The employer's own induction and what it covers ("complete the Authority's induction,
# including its Data Protection module, within six months"): training given, not asked for,
# whatever its deadline.
_OWN_INDUCTION = re.compile(
    r"(?i)\b(?:complete|attend|undergo|go\s+through|take\s+part\s+in)\s+(?:(?:the\s+)?[\w-]+['’]s"
    r"|the|our|its|their)\s+(?:own\s+|mandatory\s+|corporate\s+)?(?:induction|orientation|onboarding)\b"
)
# "It is not necessary for the appointee to hold CIA certification": no need of what follows.
_NOT_NECESSARY_TO = re.compile(
    r"(?i)\b(?:it\s+is|it's)\s+not\s+(?:necessary|required|essential|needed|a\s+requirement)\s+"
    r"(?:for\s+[^,;.]{1,40}?\s+)?to\s+(?:hold|have|be|possess|know|obtain|own)\b"
)


def not_a_requirement(clause: str) -> bool:
    """A clause on how to apply, on what the employer pays for, on the employer, its own
    languages or the posting itself, or on what the role does not ask for names no
    requirement."""
    if (
        APPLY_CLAUSE.match(clause)
        or NOT_ASKED.match(clause)
        or BACK_TO_SHOW.match(clause)
        or about_the_posting(clause)
        or EMPLOYER_LANGUAGES.search(clause)
        or said_not_needed(clause)
        or TEAM_HOLDS.match(clause)
        or TEAM_ARE_HOLDERS.search(clause)
        or NOT_ENOUGH.search(clause)
        or _OWN_INDUCTION.search(clause)
        or _NOT_NECESSARY_TO.search(clause)
        or tells_of_others(clause)  # a meeting, a proposal withdrawn, what others hold
    ):
        return True
    return bool(IGNORED_CLAUSE.search(clause)) and not HIRE_DEADLINE.search(clause)


# The name of a team, a department or its lead, not what the role needs: "Our Logistics team
# plans your loads", "in the Security Operations team", "a Data Engineering lead".
# ("Lead a DevOps team" asks for DevOps: the role runs the team.)
_TEAM_BEFORE = re.compile(
    r"(?i)(?<!\blead\s)(?<!\bleads\s)(?<!\bleading\s)(?<!\bmanage\s)(?<!\bmanaging\s)"
    r"(?<!\bhead\s)(?<!\bbuild\s)(?<!\bbuilding\s)(?<!\brun\s)(?<!\brunning\s)"
    r"\b(?:our|the|a|an|their|its)\s+$"
)
_TEAM_AFTER = re.compile(
    r"(?i)^\s+(?:team|teams|department|dept|division|function|unit|squad|lead|leads|office"
    # the people of one: "our Data Science partners", "the Finance colleagues"
    r"|partners?|colleagues|counterparts|peers)\b"
)
# A unit's proper name, in capitals ("Finance Leadership Team | Confidential", "its Corporate
# Services Division"), whatever is before it; not a role that leads it ("DevOps Team Lead").
# The name ends there: at punctuation or the line's end, or before a verb or a preposition
# ("Division includes", "Team at Acme"), not inside a longer name ("Unit Testing", "Office
# Automation", "Team player").
_UNIT_NAME_AFTER = re.compile(
    r"(?:\s+(?-i:[A-Z][\w&-]*))*?\s+(?-i:Team|Teams|Department|Division|Directorate|Office|Unit)"
    r"(?=\s*(?:$|[|,.;:)(–—-])|\s+(?:is|are|has|have|includes?|runs?|owns?|works?|supports?"
    r"|at|in|of|for|and|which|that|who|will)\b)"
)
_UNIT_WORDS = ("Team", "Department", "Division", "Directorate", "Office", "Unit")
# A note in brackets after the team's name: "Our security team (5 people, two CISSPs, one
# OSCP) runs SOC 2".
_TEAM_NOTE_BEFORE = re.compile(
    r"(?i)\b(?:our|the|their|its)\s+(?:[\w&-]+\s+){0,3}?(?:team|department|division|unit|squad)"
    r"\s*\([^()]*$"
)


# A body whose name ends in a field, capitalised: "Office for National Statistics", "Bureau
# of Labor Statistics", "Institute of Data Science", "Centre for Cyber Security".
_BODY_OF = re.compile(
    r"\b(?:Office|Bureau|Department|Ministry|Institute|Centre|Center|School|Faculty|Society"
    r"|Agency|Board|Council|Commission|Authority|Academy|College|Association|Directorate)\s+"
    r"(?:for|of)\s+(?:(?:the|and|&|[A-Z][\w&'-]*)\s+){0,3}$"
)


# A quoted speaker's title: '…," said Dana Ruiz, Acme's CISO', "says Sam Lee, our CTO".
_SPEAKER_TITLE = re.compile(
    r"\b(?:said|says|explains?|explained|added|adds|notes?|noted)\s+(?:[A-Z][\w.'’-]*\s+){1,4}?"
    r"[A-Z][\w.'’-]*,\s+(?:(?:the\s+)?(?:[A-Z][\w&-]*|company|firm|group|bank)['’]s|our|its|their|the)"
    r"\s+(?:(?:new|former|current|chief|deputy|interim)\s+)*(?:(?:head|director|vp|lead)\s+of\s+)?$"
)


# ("an AWS Premier Tier Partner", "a ServiceNow Elite partner"; "a Salesforce partner")
_PARTNER_AFTER = re.compile(
    r"(?i)\s+(?:(?:advanced|premier|gold|silver|platinum|select|elite|certified|consulting"
    r"|solutions?|tier|services|implementation)\s+)+partner\b"
)
_PARTNER_ARTICLE = re.compile(r"(?i)\ban?\s+$")
# ("a Salesforce partner"; a programme's name may run on: "an Azure for Research partner")
_PARTNER_WORD = re.compile(r"\s+(?:(?:for|of|in|and|&)\s+(?:[A-Z][\w&+-]*\s+){1,3})?(?i:partner)\b")


def names_a_team(text: str, start: int, end: int) -> bool:
    """Whether the name between ``start`` and ``end`` is a team's or a department's, or is
    said of one in brackets after its name, or ends the name of a body ("Office for Regional
    Statistics")."""
    before = text[max(0, start - 80) : start]
    if text[start : start + 1].isupper() and _BODY_OF.search(before):
        return True
    if "," in before and _SPEAKER_TITLE.search(before):
        return True
    # the employer's partnership: "a certified partner of ServiceNow", "partner certificato
    # ServiceNow", "an AWS Premier Tier Partner"
    if PARTNER_BEFORE.search(before) or _PARTNER_AFTER.match(text, end):
        return True
    if _PARTNER_ARTICLE.search(before) and _PARTNER_WORD.match(text, end):
        return True
    if "(" in before and _TEAM_NOTE_BEFORE.search(before):
        return True
    if prepared_by(text, start) or department_acts(text, start, end):  # "HR has …"
        return True
    after = text[end : end + 60]
    if any(unit in after for unit in _UNIT_WORDS) and _UNIT_NAME_AFTER.match(after):
        return True
    return bool(_TEAM_BEFORE.search(text[max(0, start - 16) : start])) and bool(
        _TEAM_AFTER.match(text[end : end + 20])
    )


# A reason given after what is asked ("TypeScript, because the customer dashboard is React")
# says what the product is built with, not more that the role asks; a clause opening with
# "Because" keeps its main part. So does a reason after a dash with a subject and verb of its
# own ("SAFe Scrum Master – the agency is moving to SAFe next year"), unless it gives the
# standing ("– this one is a must").
REASON_TAIL = re.compile(
    r"(?i)[,;]?\s+because\b.*$|\s+[–—-]\s+(?:the|our|this|that|it|we|they)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:is|are|was|were|will|has|have|had)\b(?![^.]*\b(?:required|must|essential|mandatory"
    r"|plus|bonus|preferred|nice|advantage|optional|needed|necessary|desirable)\b).*$"
)


# A credential right after "our" or "my" is someone's or something of the employer's ("the
# quarterly stuff for our CPA", "our CISSP holders"), not what the role asks for.
_EMPLOYERS_OWN = re.compile(r"(?i)\b(?:our|my)\s+$")


def the_employers(text: str, start: int) -> bool:
    """Whether the credential at ``start`` is the employer's ("our CPA")."""
    return bool(_EMPLOYERS_OWN.search(text[max(0, start - 5) : start]))


# A chat's own side ("Me: I speak Spanish", "Candidate: i have osha 10 only"): the
# candidate's words, not the role's. ("You:" may head what a posting asks of you.)
OWN_MESSAGE = re.compile(
    r"^\s*(?:me|candidate|applicant)\s*(?:\([^()]{0,20}\)\s*)?:", re.IGNORECASE
)
# A requirement the writer takes back: "Medication Administration - no wait, that's the nurse
# req", "CCNA. Scratch that."; names after it correct it ("no wait, I meant CPhT").
TAKEN_BACK = re.compile(
    r"(?i)\b(?:no\s+wait|scratch\s+that|strike\s+that|never\s*mind|disregard\s+(?:that|this)"
    r"|wrong\s+(?:job|role|req(?:uisition)?|posting))\b"
    # "… lol. ignore", "- ignore that": an "ignore" of its own, not "alerts you can ignore"
    r"|(?:^|[.!,;–—-]\s*)(?:pls\s+|please\s+)?ignore(?:\s+(?:that|this|it))?\W*$"
)


# What the clause before named, taught by the employer: "Ticketing is ServiceNow; we train it
# in week one", "We use Jira – we'll show you it on day one".
TRAINS_IT = re.compile(
    r"(?i)^\W*(?:(?:and|but|so)\s+)?(?:we|they|the\s+team)(?:'ll|\s+will)?\s+(?:also\s+)?"
    r"(?:train|teach|show)\s+(?:you\s+)?(?:it|this|that|them|those)\b"
)

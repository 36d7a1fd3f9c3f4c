"""What a résumé says of a credential that is not held: worked towards, booked, expected, lapsed
before it was earned, or someone else's (an employer's, a product's)."""

from __future__ import annotations

import re

# A credential being worked towards, or someone else's, is not the candidate's claim.
NOT_HELD = re.compile(
    r"""(?ix)
    # "Preparing the application for …", "portfolio in preparation": the file is not sent yet.
    \b(?:prepar(?:e|es|ed|ing)\s+(?:(?:the|an?|my)\s+)?(?:(?:application|submission|portfolio
      |dossier)\s+)?(?:for|to)|(?:application|submission|portfolio|dossier)\s+in\s+preparation
      |studying\s+(?:for|towards?)|pursuing
      |working\s+(?:on|towards?)|in[\s-]progress|scheduled\s+for|planned
      |planning\s+to|expected\s+(?:in|by)?
      |enrolled|candidate|candidacy|aspiring|upcoming|currently\s+taking|intend\s+to|plan\s+to
      |studying|booked\s+(?:for|the)|sitting\s+(?:the\s+)?(?:exam|in\b|on\b)
      # "exam scheduled", "test booked January 2027", "assessment scheduled": a sitting to come.
      |(?:exam|test|assessment)\s+(?:scheduled|booked)
      # "waitlisted for the next intake", "on the waiting list": a place not yet given.
      |wait[\s-]?listed|on\s+the\s+wait(?:ing)?[\s-]?list
      |target(?:ing)?\s+(?:the\s+)?(?:exam|certification)?
      # "– exam voucher, preparing": a voucher bought, a status word alone after the name.
      |exam\s+voucher|preparing(?=\s*(?:[,;.)]|$))
      # "written exam passed, lab attempt booked": one exam of several, the rest to come.
      |(?:written|theory|qualifying|first)\s+(?:exam|test)\s+(?:passed|cleared)
      |(?:attempt|lab)\s+(?:booked|scheduled)
      # "Registered for the CKA exam": a sitting to come.
      |registered\s+(?:for|to\s+sit)
      # "exam passed, endorsement pending", "eligibility approved, exam window January 2027":
      # the exam or its endorsement still to come.
      |(?:endorsement|approval|award|conferral)\s+pending|pending\s+(?:endorsement|approval)
      |eligibility\s+(?:approved|confirmed|granted)|exam\s+window
      # "board exam: eligible after the program", "board-eligible": allowed to sit, not passed.
      |eligible\s+(?:after|once|upon|when|to\s+(?:sit|take|test))|board[\s-]eligible
      # "voucher bought, exam in January", "registered, course date to be confirmed".
      |voucher\s+(?:bought|purchased|booked)|dates?\s+(?:to\s+be\s+confirmed|tbc|tbd))\b
    # "Scheduled: SnowPro Core exam", "(scheduled) …": a sitting to come.
    | \bscheduled\s*[:)]
    # An award or a prize won is an honour, not a credential: "Recipient of the … Award for
    # Excellence", "Winner, Best Paper Award", "Hackathon finalist".
    # A level before "Award" names a qualification ("Level 2 Award for Door …"), no prize.
    | \b(?:recipient\s+of|winner|finalist|nominee|runner[\s-]up
      |(?<!level\s\d\s)award\s+(?:for|of)\b|prize
      |hono(?:u)?rable\s+mention)\b
    # A standard a site or an organisation is audited to: "warehouse audited to ISO 9001",
    # "plant certified to ISO 14001". A person is certified as or in something, never to it.
    | \b(?:audited|certified|accredited|registered|assessed)\s+(?:to|against)\s+(?:the\s+)?
      (?:[A-Z]{2,}|[\w-]+\s+(?:standard|scheme))
    # An exam level passed is a step towards a designation, not the designation: "Passed
    # CAIA Level I", "FRM Part I" (the catalog names the levels it knows as exams).
    # A level after a title and its comma grades the title ("Certified Safety Professional,
    # HSE Level 3"), as one after a body's letters and a name does ("ASNT NDT Level III").
    # A level that names an award of its own is that award ("WSET Level 3 Award in Sake"); so
    # is a level after a role that coaches, guides or judges ("Swimming Coach Level 2", "Mountain
    # Leader Level 1"): a coaching award, graded, not an exam towards another.
    | (?<!,\s)(?<!,)(?<!(?-i:[A-Z]{3})\s)\b(?!(?:coach|tutor|guide|leader|judge|umpire)\s)
      [A-Z][A-Za-z]{1,5}®?\s*:?\s+(?:Program(?:me)?\s*:?\s*)?
      (?:Level|Part)\s+(?:I{1,3}|[1-3])\b
      (?!\s+(?:award|certificate|diploma|qualification|extended\s+certificate)\b)
    # A certification of a thing is an organisation's or a product's: "led the PCI DSS
    # certification of the payments platform", "the Fairtrade certification of 45 farms".
    | \bcertifi\w*\s+(?:of|for)\s+(?:the|a|an|our|its|their|all|every|\d+)\b
    # (A possessive's apostrophe may be typed or typographic: "the company’s".)
    | \b(?:our|its|their|the\s+(?:company|firm|hospital)['’]s)\s+(?:[\w-]+\s+){0,2}
      (?:platform|product|system|service|software|app|application|facility|plant|site|lab
      |building|data\s*cent(?:er|re)|unit|hospital|company|firm|organi[sz]ation)\b[^.;]{0,60}
      \b(?:certifi|accredit)\w*
    # "Organisation accredited Investors in People Gold", "Company certified B Corp": the
    # employer is the subject; what it holds is its own, not the candidate's.
    | \b(?:organi[sz]ation|company|firm|practice|employer|business)\s+(?:was\s+|is\s+|became\s+)?
      (?:accredited|certified|awarded|recogni[sz]ed)\b
    # "through its ISO 9001:2015 recertification", "our SOC 2 audit and certification": a
    # certification someone's possessive owns right before it is not the candidate's ("my").
    | \b(?:our|its|their)\s+(?:[\w:./+-]+\s+){0,3}(?:re-?)?(?:certifi|accredit)\w*
    # "the data centre's Uptime Institute Tier III certification", "the bank's ISO/IEC 27001
    # certification", "the hotel's Green Key certification": a place's or a body's, by its
    # possessive. Any thing named in lower case after "the" is not the candidate.
    | \bthe\s+(?:[\w-]+\s+){0,2}(?-i:[a-z][\w-]*)['’]s\s[^.;]{0,60}\b(?:certifi|accredit)\w*
    # Lower case: "the certified release"; "Certified Platform App Builder" is a title.
    | \b(?-i:certified\s+(?:release|product|version|platform|solution|device|hardware|build
      |system))\b
    # Verbs of helping others, as verbs: "Life Support … Obtained" is a credential and a date.
    | \b(?-i:[Hh]elp(?:ed|ing|s)?|[Aa]ssist(?:ed|ing|s)?|[Ss]upport(?:ed|ing)|[Ll]e[ad]d?|[Dd]rove
      |[Gg]uided)\b
      [^.;]{0,80}\b(?:achiev\w*|obtain\w*|attain\w*|earn\w*|secur\w*|gain\w*|pass\w*|maintain\w*)
    # (Not a body's own name, the word and "Certification" both capitalised: "Green Business
    # Certification Inc.")
    | \b(?!(?-i:[A-Z][a-z]+\s+Certifi))
      (?:company|organi[sz]ation|team|firm|client|customer|department|business|vendor|partner)
      (?:['’]s)?\s[^.;]{0,40}\bcertifi\w*
    | \bteam\s+of\s | \b(?:facility|site|plant|carrier|fleet|warehouse|depot)\s+certifi\w*
    # A profile page's button that opens the whole list ("Show all 6 licenses & certifications
    # →", "See all 12 certifications") names the list, no credential.
    | ^\W*(?:show|see|view)\s+all\s+\d+\s
    # A workplace that holds a certification holds its own: "The cooperative holds
    # GLOBALG.A.P. IFA", "Airline holds IOSA registration", "Restaurant holds a … award".
    | \b(?:cooperative|co-op|restaurant|airline|employer|hotel|farm|estate|kitchen|factory|plant
      |site|hospital|clinic|company|firm|organi[sz]ation|business|school|lab(?:oratory)?|agency
      |operator|carrier|group|mine|port|yard|shipyard|refinery|warehouse)
      \s+(?:holds|has\s+(?:held|achieved|earned|gained)|maintains|achieved|earned|gained)\b
    # A credential no longer held, by its status: "(expired)", "(expired February 2023)",
    # "HUET certificate (lapsed 2021)", "no longer valid". A past expiry date alone is a date,
    # and so is the status after the dates it was held ("10/2024 to 10/2026 (expired)").
    | (?<!\d{4}\s)\((?:expired|lapsed|inactive|revoked|withdrawn)\b | \blapsed\b
    | \bno\s+longer\s+(?:valid|held|current|active)\b
    # Part of the way there: "UX Master Certification: 3 of the 5 specialty courses done",
    # "Google UX Design Certificate (course 4 of 7)".
    | \b\d{1,2}\s+of\s+(?:the\s+)?\d{1,2}\s+(?:[\w-]+\s+)?(?:courses|exams|modules|units|papers)\b
    | \b(?:course|exam|module|unit|paper)\s+\d{1,2}\s+of\s+\d{1,2}\b
    # The job applied for names a job, not a credential: "Position sought: Pipe Welder &
    # Certified Welding Inspector", "Target role: Certified Nurse Educator".
    | \b(?:position|post|role|job)\s+(?:sought|applied\s+for|wanted|desired)\b
    | \b(?:desired|target|sought)\s+(?:position|post|role|job)\b
    # Asked for, not granted: "accreditation: application under review", "applied for".
    | \bapplication\s+(?:under\s+review|pending|submitted|in\s+progress|lodged)\b
    | \bapplied\s+for\b
    # A step still to come, by its wait or its date: "awaiting professional review interview",
    # "exam sitting March 2027", "simulator course starts January 2027", "Not yet held: …".
    | \bawaiting\s+(?:[\w-]+\s+){0,3}?(?:interview|review|assessment|exam|approval|results?
      |decision|registration)\b
    | \bexam\s+sitting\b | \b(?:course|training|programme|program|class|cohort)\s+(?:starts
      |begins|commences)\b
    | \bnot\s+yet\s+(?:held|awarded|granted|issued|earned|obtained|achieved|allocated)\b
    """
)

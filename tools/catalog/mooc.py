"""MOOC programmes: Coursera certificates and specializations, edX MicroMasters, and others.

Courses are listed as parts where a programme's make-up is stable and widely cited on
résumés; each course then stacks into its programme (tools/build_catalog links them).
"""

from __future__ import annotations

from tools.catalog.builder import Issuer, add, course_series

GOOGLE_CAREER = Issuer(
    "Google",
    ("Google Career Certificates", "Grow with Google", "Google LLC", "Google via Coursera"),
    ("grow.google", "google.com", "coursera.org"),
    ("coursera", "credly"),
)


def _programme(
    entry_id: str,
    title: str,
    issuer: Issuer,
    kind: str,
    skills: tuple[str, ...],
    *,
    level: str | None = None,
    aliases: tuple[str, ...] = (),
    parts: tuple[str, ...] = (),
    stacks: tuple[str, ...] = (),
    category: str = "mooc",
) -> None:
    add(
        entry_id,
        title,
        issuer,
        category,
        kind,
        aliases=aliases,
        level=level,
        skills=skills,
        parts=parts,
        stacks=stacks,
    )


_IT_SUPPORT = (
    "IT Support",
    "Troubleshooting",
    "Computer Networking",
    "Operating Systems",
    "System Administration",
    "Cybersecurity",
)
_programme(
    "google-it-support",
    "Google IT Support Professional Certificate",
    GOOGLE_CAREER,
    "professional-certificate",
    _IT_SUPPORT,
    level="foundational",
    aliases=("Google IT Support Certificate", "Google IT Support"),
    parts=course_series(
        "google-it-support",
        (
            "Technical Support Fundamentals",
            "The Bits and Bytes of Computer Networking",
            "Operating Systems and You: Becoming a Power User",
            "System Administration and IT Infrastructure Services",
            "IT Security: Defense against the digital dark arts",
        ),
        GOOGLE_CAREER,
        "mooc",
        _IT_SUPPORT,
    ),
    stacks=("google-it-automation-python",),
)
_DATA = (
    "Data Analysis",
    "Spreadsheets",
    "SQL",
    "Tableau",
    "R",
    "Data Visualization",
    "Data Cleaning",
)
_programme(
    "google-data-analytics",
    "Google Data Analytics Professional Certificate",
    GOOGLE_CAREER,
    "professional-certificate",
    _DATA,
    level="foundational",
    aliases=("Google Data Analytics Certificate", "Google Data Analytics"),
    parts=course_series(
        "google-data-analytics",
        (
            "Foundations: Data, Data, Everywhere",
            "Ask Questions to Make Data-Driven Decisions",
            "Prepare Data for Exploration",
            "Process Data from Dirty to Clean",
            "Analyze Data to Answer Questions",
            "Share Data Through the Art of Visualization",
            "Data Analysis with R Programming",
            "Google Data Analytics Capstone: Complete a Case Study",
        ),
        GOOGLE_CAREER,
        "mooc",
        _DATA,
    ),
    stacks=("google-advanced-data-analytics", "google-business-intelligence"),
)
_PM = ("Project Management", "Agile", "Scrum", "Stakeholder Management", "Risk Management")
_programme(
    "google-project-management",
    "Google Project Management Professional Certificate",
    GOOGLE_CAREER,
    "professional-certificate",
    _PM,
    level="foundational",
    aliases=("Google Project Management Certificate", "Google Project Management:"),
    parts=course_series(
        "google-project-management",
        (
            "Foundations of Project Management",
            "Project Initiation: Starting a Successful Project",
            "Project Planning: Putting It All Together",
            "Project Execution: Running the Project",
            "Agile Project Management",
            "Capstone: Applying Project Management in the Real World",
        ),
        GOOGLE_CAREER,
        "mooc",
        _PM,
    ),
    stacks=("capm",),
)
for _id, _title, _skills, _stacks in (
    (
        "google-ux-design",
        "Google UX Design Professional Certificate",
        ("UX Design", "User Research", "Figma", "Prototyping"),
        (),
    ),
    (
        "google-cybersecurity",
        "Google Cybersecurity Professional Certificate",
        ("Cybersecurity", "Linux", "SQL", "Python", "SIEM", "Network Security"),
        ("comptia-security-plus",),
    ),
    (
        "google-it-automation-python",
        "Google IT Automation with Python Professional Certificate",
        ("Python", "IT Automation", "Git", "Bash", "Troubleshooting"),
        (),
    ),
    (
        "google-digital-marketing-ecommerce",
        "Google Digital Marketing & E-commerce Professional Certificate",
        ("Digital Marketing", "E-commerce", "SEO", "Marketing Analytics"),
        (),
    ),
    (
        "google-advanced-data-analytics",
        "Google Advanced Data Analytics Professional Certificate",
        ("Data Analysis", "Python", "Statistics", "Machine Learning", "Regression Analysis"),
        (),
    ),
    (
        "google-business-intelligence",
        "Google Business Intelligence Professional Certificate",
        ("Business Intelligence", "Data Modeling", "ETL", "Dashboards", "Tableau"),
        (),
    ),
):
    _short = _title.removesuffix(" Professional Certificate")
    _programme(
        _id,
        _title,
        GOOGLE_CAREER,
        "professional-certificate",
        _skills,
        level="foundational",
        aliases=(f"{_short} Certificate", _short),
        stacks=_stacks,
    )
add(
    "google-ai-essentials",
    "Google AI Essentials",
    GOOGLE_CAREER,
    "mooc",
    "course",
    aliases=("AI Essentials by Google",),
    skills=("Artificial Intelligence", "Generative AI", "Prompt Engineering"),
)

GOOGLE_CLOUD_TRAINING = Issuer(
    "Google Cloud",
    ("Google Cloud Training", "Google Cloud Skills Boost", "Google Cloud Platform"),
    ("cloud.google.com", "cloudskillsboost.google", "coursera.org"),
    ("coursera", "credly"),
)
for _id, _role, _skills, _stacks in (
    (
        "coursera-gcp-cloud-architect-pc",
        "Cloud Architect",
        ("Google Cloud", "Cloud Architecture"),
        ("gcp-professional-cloud-architect",),
    ),
    (
        "coursera-gcp-data-engineering-pc",
        "Data Engineering",
        ("Google Cloud", "Data Engineering", "BigQuery"),
        ("gcp-professional-data-engineer",),
    ),
    (
        "coursera-gcp-cloud-devops-pc",
        "Cloud DevOps Engineer",
        ("Google Cloud", "DevOps", "Site Reliability Engineering"),
        ("gcp-professional-cloud-devops-engineer",),
    ),
):
    _title = f"Preparing for Google Cloud Certification: {_role} Professional Certificate"
    _aliases = [f"Google Cloud {_role} Professional Certificate"]
    if _role == "Cloud DevOps Engineer":
        _aliases += [
            "Cloud DevOps Engineering Professional Certificate",
            "Google Cloud DevOps Engineering Professional Certificate",
        ]
    _programme(
        _id,
        _title,
        GOOGLE_CLOUD_TRAINING,
        "professional-certificate",
        _skills,
        level="professional",
        aliases=tuple(_aliases),
        stacks=_stacks,
    )

IBM = Issuer(
    "IBM",
    ("IBM Skills Network", "International Business Machines", "IBM Corporation", "IBM Training"),
    ("ibm.com", "skills.network", "cognitiveclass.ai", "coursera.org"),
    ("coursera", "credly"),
)
_DS = (
    "Data Science",
    "Python",
    "SQL",
    "Machine Learning",
    "Jupyter",
    "Pandas",
    "Data Visualization",
)
_programme(
    "ibm-data-science",
    "IBM Data Science Professional Certificate",
    IBM,
    "professional-certificate",
    _DS,
    level="foundational",
    aliases=("IBM Data Science Certificate", "IBM Data Science"),
    parts=course_series(
        "ibm-data-science",
        (
            "What is Data Science?",
            "Tools for Data Science",
            "Data Science Methodology",
            "Python for Data Science, AI & Development",
            "Python Project for Data Science",
            "Databases and SQL for Data Science with Python",
            "Data Analysis with Python",
            "Data Visualization with Python",
            "Machine Learning with Python",
            "Applied Data Science Capstone",
        ),
        IBM,
        "mooc",
        _DS,
    ),
)
for _id, _title, _kind, _skills in (
    (
        "ibm-data-analyst",
        "IBM Data Analyst Professional Certificate",
        "professional-certificate",
        ("Data Analysis", "Microsoft Excel", "SQL", "Python", "Dashboards"),
    ),
    (
        "ibm-data-engineering",
        "IBM Data Engineering Professional Certificate",
        "professional-certificate",
        ("Data Engineering", "ETL", "Apache Spark", "Relational Databases", "Apache Airflow"),
    ),
    (
        "ibm-ai-engineering",
        "IBM AI Engineering Professional Certificate",
        "professional-certificate",
        ("Machine Learning", "Deep Learning", "PyTorch", "TensorFlow"),
    ),
    (
        "ibm-machine-learning",
        "IBM Machine Learning Professional Certificate",
        "professional-certificate",
        ("Machine Learning", "Python", "scikit-learn", "Deep Learning"),
    ),
    (
        "ibm-cybersecurity-analyst",
        "IBM Cybersecurity Analyst Professional Certificate",
        "professional-certificate",
        ("Cybersecurity", "Incident Response", "SIEM", "Network Security"),
    ),
    (
        "ibm-full-stack-developer",
        "IBM Full Stack Software Developer Professional Certificate",
        "professional-certificate",
        (
            "Full-Stack Development",
            "JavaScript",
            "React",
            "Node.js",
            "Python",
            "Docker",
            "Kubernetes",
        ),
    ),
    (
        "ibm-devops-software-engineering",
        "IBM DevOps and Software Engineering Professional Certificate",
        "professional-certificate",
        ("DevOps", "CI/CD", "Agile", "Docker", "Kubernetes", "Python"),
    ),
    (
        "ibm-devops-cloud-agile-foundations",
        "DevOps, Cloud, and Agile Foundations Specialization",
        "specialization",
        ("DevOps", "Cloud Computing", "Agile", "Scrum"),
    ),
):
    _extra = (
        "IBM DevOps, Cloud, and Agile Professional Certificate",
        "IBM DevOps, Cloud, and Agile Foundations",
    )
    _programme(
        _id,
        _title,
        IBM,
        _kind,
        _skills,
        level="foundational",
        aliases=_extra
        if _id == "ibm-devops-cloud-agile-foundations"
        else (_title.replace(" Professional Certificate", " Certificate"),),
        stacks=("ibm-devops-software-engineering",)
        if _id == "ibm-devops-cloud-agile-foundations"
        else (),
    )
add(
    "ibm-agile-explorer",
    "Agile Explorer",
    IBM,
    "project-management",
    "badge",
    aliases=("IBM Agile Explorer", "Agile Explorer Badge"),
    level="foundational",
    skills=("Agile",),
    verified_on=("credly",),
)
add(
    "ibm-enterprise-design-thinking-practitioner",
    "Enterprise Design Thinking Practitioner",
    IBM,
    "project-management",
    "badge",
    aliases=("IBM Enterprise Design Thinking Practitioner",),
    level="foundational",
    skills=("UX Design", "Facilitation"),
    verified_on=("credly",),
)

META = Issuer(
    "Meta",
    ("Meta Platforms", "Meta Platforms, Inc.", "Facebook"),
    ("meta.com", "facebook.com", "coursera.org"),
    ("coursera",),
)
for _id, _role, _skills in (
    (
        "meta-back-end-developer",
        "Back-End Developer",
        ("Back-End Development", "Python", "Django", "REST APIs", "MySQL"),
    ),
    (
        "meta-front-end-developer",
        "Front-End Developer",
        ("Front-End Development", "JavaScript", "React", "HTML", "CSS"),
    ),
    (
        "meta-database-engineer",
        "Database Engineer",
        ("Relational Databases", "MySQL", "SQL", "Data Modeling", "Python"),
    ),
    (
        "meta-android-developer",
        "Android Developer",
        ("Android Development", "Kotlin", "Mobile Development"),
    ),
    ("meta-ios-developer", "iOS Developer", ("iOS Development", "Swift", "Mobile Development")),
    (
        "meta-social-media-marketing",
        "Social Media Marketing",
        ("Social Media Marketing", "Digital Marketing"),
    ),
    (
        "meta-marketing-analytics",
        "Marketing Analytics",
        ("Marketing Analytics", "Data Analysis", "A/B Testing"),
    ),
):
    # Not "Meta Front-End Developer": that is also a job at Meta.
    _aliases = [f"Meta {_role} Certificate"]
    if _role.endswith("Developer"):
        _aliases.append(f"Meta {_role.removesuffix('Developer')}Development")
    _programme(
        _id,
        f"Meta {_role} Professional Certificate",
        META,
        "professional-certificate",
        _skills,
        level="foundational",
        aliases=tuple(_aliases),
    )

DEEPLEARNING_AI = Issuer(
    "DeepLearning.AI",
    ("deeplearning.ai", "DeepLearning AI", "Deeplearning.ai"),
    ("deeplearning.ai", "coursera.org"),
    ("coursera",),
)
_DL = ("Deep Learning", "Neural Networks", "Python", "TensorFlow")
_programme(
    "deeplearning-ai-deep-learning-specialization",
    "Deep Learning Specialization",
    DEEPLEARNING_AI,
    "specialization",
    _DL,
    aliases=(
        "DeepLearning.AI Deep Learning Specialization",
        "Deep Learning Specialization (Andrew Ng)",
    ),
    parts=course_series(
        "deeplearning-ai-deep-learning",
        (
            "Neural Networks and Deep Learning",
            "Improving Deep Neural Networks: Hyperparameter Tuning, "
            "Regularization and Optimization",
            "Structuring Machine Learning Projects",
            "Convolutional Neural Networks",
            "Sequence Models",
        ),
        DEEPLEARNING_AI,
        "mooc",
        _DL,
    ),
)
_ML = (
    "Machine Learning",
    "Python",
    "Regression Analysis",
    "Recommender Systems",
    "Reinforcement Learning",
)
_programme(
    "deeplearning-ai-machine-learning-specialization",
    "Machine Learning Specialization",
    DEEPLEARNING_AI,
    "specialization",
    _ML,
    aliases=(
        "Stanford Machine Learning Specialization",
        "DeepLearning.AI Machine Learning Specialization",
        "Machine Learning Specialization (Stanford & DeepLearning.AI)",
    ),
    parts=course_series(
        "deeplearning-ai-machine-learning",
        (
            "Supervised Machine Learning: Regression and Classification",
            "Advanced Learning Algorithms",
            "Unsupervised Learning, Recommenders, Reinforcement Learning",
        ),
        DEEPLEARNING_AI,
        "mooc",
        _ML,
    ),
    stacks=("deeplearning-ai-deep-learning-specialization",),
)
for _id, _title, _kind, _skills in (
    (
        "deeplearning-ai-nlp-specialization",
        "Natural Language Processing Specialization",
        "specialization",
        ("Natural Language Processing", "Deep Learning", "Python"),
    ),
    (
        "deeplearning-ai-math-for-ml",
        "Mathematics for Machine Learning and Data Science Specialization",
        "specialization",
        ("Linear Algebra", "Calculus", "Probability", "Statistics"),
    ),
    (
        "deeplearning-ai-mlops",
        "Machine Learning Engineering for Production (MLOps) Specialization",
        "specialization",
        ("MLOps", "Machine Learning", "TensorFlow"),
    ),
    (
        "deeplearning-ai-tensorflow-developer",
        "DeepLearning.AI TensorFlow Developer Professional Certificate",
        "professional-certificate",
        ("TensorFlow", "Deep Learning", "Computer Vision", "Natural Language Processing"),
    ),
    (
        "deeplearning-ai-generative-ai-with-llms",
        "Generative AI with Large Language Models",
        "course",
        ("Generative AI", "Large Language Models"),
    ),
    ("deeplearning-ai-ai-for-everyone", "AI For Everyone", "course", ("Artificial Intelligence",)),
):
    _programme(
        _id,
        _title,
        DEEPLEARNING_AI,
        _kind,
        _skills,
        stacks=("tensorflow-developer-certificate",)
        if _id == "deeplearning-ai-tensorflow-developer"
        else (),
    )

UMICH = Issuer(
    "University of Michigan",
    ("UMich", "Michigan Online", "University of Michigan via Coursera"),
    ("umich.edu", "coursera.org"),
    ("coursera",),
)
_PY4E = ("Python", "SQL", "Web Scraping", "JSON")
_programme(
    "umich-python-for-everybody",
    "Python for Everybody Specialization",
    UMICH,
    "specialization",
    _PY4E,
    aliases=("Python for Everybody", "Python for Everybody (PY4E)"),
    parts=course_series(
        "umich-python-for-everybody",
        (
            "Programming for Everybody (Getting Started with Python)",
            "Python Data Structures",
            "Using Python to Access Web Data",
            "Using Databases with Python",
            "Capstone: Retrieving, Processing, and Visualizing Data with Python",
        ),
        UMICH,
        "mooc",
        _PY4E,
    ),
    stacks=("umich-applied-data-science-python",),
)
_ADS = (
    "Data Science",
    "Python",
    "Pandas",
    "Machine Learning",
    "Data Visualization",
    "Natural Language Processing",
)
_programme(
    "umich-applied-data-science-python",
    "Applied Data Science with Python Specialization",
    UMICH,
    "specialization",
    _ADS,
    aliases=("Applied Data Science with Python",),
    parts=course_series(
        "umich-applied-data-science-python",
        (
            "Introduction to Data Science in Python",
            "Applied Plotting, Charting & Data Representation in Python",
            "Applied Machine Learning in Python",
            "Applied Text Mining in Python",
            "Applied Social Network Analysis in Python",
        ),
        UMICH,
        "mooc",
        _ADS,
    ),
)
JHU = Issuer(
    "Johns Hopkins University", ("JHU", "Johns Hopkins"), ("jhu.edu", "coursera.org"), ("coursera",)
)
_programme(
    "jhu-data-science-specialization",
    "Data Science Specialization",
    JHU,
    "specialization",
    ("Data Science", "R", "Statistics", "Regression Analysis", "Machine Learning"),
    aliases=("Johns Hopkins Data Science Specialization",),
)


def _edx(institution: str, aliases: tuple[str, ...], domains: tuple[str, ...]) -> Issuer:
    return Issuer(institution, (*aliases, f"{institution} on edX"), (*domains, "edx.org"), ("edx",))


MITX = _edx(
    "MITx",
    ("MIT", "Massachusetts Institute of Technology", "MIT OpenCourseWare"),
    ("mit.edu", "mitx.mit.edu"),
)
GTX = _edx("GTx", ("Georgia Tech", "Georgia Institute of Technology"), ("gatech.edu",))
UCSDX = _edx(
    "UC San DiegoX",
    ("UC San Diego", "University of California San Diego", "UCSanDiegoX"),
    ("ucsd.edu",),
)
RITX = _edx("RITx", ("Rochester Institute of Technology", "RIT"), ("rit.edu",))
HARVARDX = _edx(
    "HarvardX", ("Harvard University", "Harvard", "CS50"), ("harvard.edu", "cs50.harvard.edu")
)
for _id, _title, _issuer, _skills in (
    (
        "mitx-micromasters-statistics-data-science",
        "MITx MicroMasters Program in Statistics and Data Science",
        MITX,
        ("Statistics", "Probability", "Machine Learning", "Data Science", "Python"),
    ),
    (
        "mitx-micromasters-supply-chain-management",
        "MITx MicroMasters Program in Supply Chain Management",
        MITX,
        ("Supply Chain Management", "Logistics", "Operations Management", "Statistics"),
    ),
    (
        "mitx-micromasters-principles-of-manufacturing",
        "MITx MicroMasters Program in Principles of Manufacturing",
        MITX,
        ("Manufacturing", "Operations Management", "Supply Chain Management"),
    ),
    (
        "gtx-micromasters-analytics",
        "GTx MicroMasters Program in Analytics: Essential Tools and Methods",
        GTX,
        ("Analytics", "Python", "R", "Machine Learning", "Statistics"),
    ),
    (
        "ucsdx-micromasters-data-science",
        "UC San DiegoX MicroMasters Program in Data Science",
        UCSDX,
        ("Data Science", "Python", "Machine Learning", "Apache Spark", "Probability"),
    ),
    (
        "ritx-micromasters-cybersecurity",
        "RITx MicroMasters Program in Cybersecurity",
        RITX,
        ("Cybersecurity", "Digital Forensics", "Network Security", "Risk Management"),
    ),
):
    _short = _title.split(" in ", 1)[1]
    _programme(
        _id,
        _title,
        _issuer,
        "program",
        _skills,
        aliases=(f"MicroMasters in {_short}", f"MicroMasters Program in {_short}"),
    )
for _id, _title, _aliases, _skills in (
    (
        "harvardx-cs50x",
        "CS50's Introduction to Computer Science",
        ("CS50x", "Harvard CS50", "CS50"),
        ("Computer Science", "C", "Python", "SQL", "Data Structures and Algorithms"),
    ),
    (
        "harvardx-cs50p",
        "CS50's Introduction to Programming with Python",
        ("CS50P", "CS50 Python"),
        ("Python",),
    ),
    (
        "harvardx-cs50w",
        "CS50's Web Programming with Python and JavaScript",
        ("CS50W", "CS50 Web"),
        ("Web Development", "Python", "JavaScript", "Django", "SQL"),
    ),
    (
        "harvardx-cs50ai",
        "CS50's Introduction to Artificial Intelligence with Python",
        ("CS50AI", "CS50 AI"),
        ("Artificial Intelligence", "Machine Learning", "Python"),
    ),
):
    _programme(_id, _title, HARVARDX, "course", _skills, aliases=_aliases)

UDACITY = Issuer(
    "Udacity",
    ("Udacity, Inc.", "Udacity (Accenture)"),
    ("udacity.com", "confirm.udacity.com"),
    ("vendor",),
)
for _id, _title, _skills in (
    (
        "udacity-data-analyst-nanodegree",
        "Data Analyst Nanodegree",
        ("Data Analysis", "Python", "SQL", "Data Visualization", "Statistics"),
    ),
    (
        "udacity-deep-learning-nanodegree",
        "Deep Learning Nanodegree",
        ("Deep Learning", "Neural Networks", "PyTorch"),
    ),
    (
        "udacity-data-engineering-nanodegree",
        "Data Engineering with AWS Nanodegree",
        (
            "Data Engineering",
            "Amazon Web Services",
            "Apache Spark",
            "Apache Airflow",
            "Data Warehousing",
        ),
    ),
    (
        "udacity-self-driving-car-engineer-nanodegree",
        "Self-Driving Car Engineer Nanodegree",
        ("Computer Vision", "Deep Learning", "C++"),
    ),
):
    _programme(_id, _title, UDACITY, "program", _skills, aliases=(f"Udacity {_title}",))

FREECODECAMP = Issuer(
    "freeCodeCamp", ("freeCodeCamp.org", "Free Code Camp"), ("freecodecamp.org",), ("vendor",)
)
for _id, _name, _skills in (
    ("fcc-responsive-web-design", "Responsive Web Design", ("HTML", "CSS", "Web Development")),
    (
        "fcc-javascript-algorithms-data-structures",
        "JavaScript Algorithms and Data Structures",
        ("JavaScript", "Data Structures and Algorithms"),
    ),
    (
        "fcc-front-end-development-libraries",
        "Front End Development Libraries",
        ("React", "Front-End Development", "JavaScript"),
    ),
    ("fcc-data-visualization", "Data Visualization", ("Data Visualization", "JavaScript")),
    (
        "fcc-back-end-development-apis",
        "Back End Development and APIs",
        ("Node.js", "MongoDB", "REST APIs", "Back-End Development"),
    ),
    ("fcc-relational-database", "Relational Database", ("SQL", "PostgreSQL", "Bash", "Git")),
    ("fcc-scientific-computing-python", "Scientific Computing with Python", ("Python",)),
    (
        "fcc-data-analysis-python",
        "Data Analysis with Python",
        ("Data Analysis", "Python", "Pandas", "NumPy"),
    ),
    (
        "fcc-machine-learning-python",
        "Machine Learning with Python",
        ("Machine Learning", "Python", "TensorFlow"),
    ),
    ("fcc-information-security", "Information Security", ("Cybersecurity", "Node.js", "Python")),
):
    _programme(
        _id,
        f"freeCodeCamp {_name} Certification",
        FREECODECAMP,
        "program",
        _skills,
        aliases=(f"{_name} Certification (freeCodeCamp)", f"freeCodeCamp {_name}"),
    )

DATACAMP = Issuer("DataCamp", ("Datacamp", "DataCamp Inc."), ("datacamp.com",), ("vendor",))
for _id, _role, _skills in (
    (
        "datacamp-data-analyst-associate",
        "Data Analyst Associate",
        ("Data Analysis", "SQL", "Data Visualization"),
    ),
    (
        "datacamp-data-scientist-associate",
        "Data Scientist Associate",
        ("Data Science", "Python", "Machine Learning"),
    ),
    (
        "datacamp-data-engineer-associate",
        "Data Engineer Associate",
        ("Data Engineering", "SQL", "ETL"),
    ),
    ("datacamp-sql-associate", "SQL Associate", ("SQL",)),
):
    add(
        _id,
        f"DataCamp {_role} Certification",
        DATACAMP,
        "mooc",
        aliases=(f"DataCamp Certified {_role}", f"DataCamp {_role}"),
        level="associate",
        valid=24,
        skills=_skills,
    )

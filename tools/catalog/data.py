"""Data and analytics: Databricks, Snowflake, Tableau, SAS, Alteryx, DAMA, INFORMS, Google."""

from __future__ import annotations

from tools.catalog.builder import Issuer, add

DATABRICKS = Issuer(
    "Databricks",
    ("Databricks Academy", "Databricks, Inc."),
    ("databricks.com", "credentials.databricks.com"),
    ("accredible",),
)
for _id, _role, _level, _skills, _stacks in (
    (
        "databricks-data-engineer-associate",
        "Data Engineer Associate",
        "associate",
        ("Databricks", "Data Engineering", "Apache Spark", "Data Lakehouse", "SQL"),
        ("databricks-data-engineer-professional",),
    ),
    (
        "databricks-data-engineer-professional",
        "Data Engineer Professional",
        "professional",
        ("Databricks", "Data Engineering", "Apache Spark", "Data Lakehouse", "Data Pipelines"),
        (),
    ),
    (
        "databricks-data-analyst-associate",
        "Data Analyst Associate",
        "associate",
        ("Databricks", "SQL", "Data Analysis", "Dashboards"),
        (),
    ),
    (
        "databricks-machine-learning-associate",
        "Machine Learning Associate",
        "associate",
        ("Databricks", "Machine Learning", "MLOps"),
        ("databricks-machine-learning-professional",),
    ),
    (
        "databricks-machine-learning-professional",
        "Machine Learning Professional",
        "professional",
        ("Databricks", "Machine Learning", "MLOps"),
        (),
    ),
    (
        "databricks-generative-ai-engineer-associate",
        "Generative AI Engineer Associate",
        "associate",
        ("Databricks", "Generative AI", "Large Language Models"),
        (),
    ),
    (
        "databricks-spark-developer-associate",
        "Associate Developer for Apache Spark",
        "associate",
        ("Databricks", "Apache Spark", "Python"),
        (),
    ),
):
    add(
        _id,
        f"Databricks Certified {_role}",
        DATABRICKS,
        "data",
        aliases=(f"Databricks {_role}",),
        level=_level,
        valid=24,
        skills=_skills,
        stacks=_stacks,
    )

SNOWFLAKE = Issuer(
    "Snowflake",
    ("Snowflake Inc.", "Snowflake Computing"),
    ("snowflake.com", "learn.snowflake.com"),
    ("credly",),
)
add(
    "snowpro-core",
    "SnowPro Core Certification",
    SNOWFLAKE,
    "data",
    aliases=("SnowPro Core", "Snowflake SnowPro Core"),
    codes=("COF-C02",),
    level="associate",
    valid=24,
    skills=("Snowflake", "Data Warehousing", "SQL"),
    stacks=(
        "snowpro-advanced-architect",
        "snowpro-advanced-data-engineer",
        "snowpro-advanced-administrator",
        "snowpro-advanced-data-analyst",
        "snowpro-advanced-data-scientist",
    ),
)
for _id, _role, _code, _skills in (
    (
        "snowpro-advanced-architect",
        "Architect",
        "ARA-C01",
        ("Cloud Architecture", "Data Warehousing"),
    ),
    (
        "snowpro-advanced-data-engineer",
        "Data Engineer",
        "DEA-C01",
        ("Data Engineering", "Data Pipelines"),
    ),
    ("snowpro-advanced-administrator", "Administrator", "ADA-C01", ("Database Administration",)),
    ("snowpro-advanced-data-analyst", "Data Analyst", "DAA-C01", ("Data Analysis", "SQL")),
    (
        "snowpro-advanced-data-scientist",
        "Data Scientist",
        None,
        ("Data Science", "Machine Learning"),
    ),
):
    add(
        _id,
        f"SnowPro Advanced: {_role}",
        SNOWFLAKE,
        "data",
        aliases=(f"SnowPro Advanced {_role}", f"Snowflake SnowPro Advanced {_role}"),
        codes=(_code,) if _code else (),
        level="professional",
        valid=24,
        skills=("Snowflake", *_skills),
    )

TABLEAU = Issuer(
    "Tableau",
    ("Tableau Software", "Salesforce Tableau", "Tableau, a Salesforce company"),
    ("tableau.com", "salesforce.com"),
    ("credly", "vendor"),
)
add(
    "tableau-desktop-specialist",
    "Tableau Desktop Specialist",
    TABLEAU,
    "data",
    aliases=("Tableau Desktop Certified Specialist",),
    level="foundational",
    skills=("Tableau", "Data Visualization"),
    stacks=("tableau-certified-data-analyst",),
)
add(
    "tableau-certified-data-analyst",
    "Tableau Certified Data Analyst",
    TABLEAU,
    "data",
    aliases=("Salesforce Certified Tableau Data Analyst",),
    level="associate",
    valid=24,
    skills=("Tableau", "Data Visualization", "Data Analysis", "Dashboards"),
)
add(
    "tableau-server-certified-associate",
    "Tableau Server Certified Associate",
    TABLEAU,
    "data",
    level="associate",
    valid=24,
    skills=("Tableau", "System Administration"),
)

SAS = Issuer("SAS", ("SAS Institute", "SAS Institute Inc."), ("sas.com",), ("credly",))
add(
    "sas-base-programming-specialist",
    "SAS Certified Specialist: Base Programming Using SAS 9.4",
    SAS,
    "data",
    aliases=("SAS Base Programming Specialist", "SAS Certified Base Programmer for SAS 9"),
    codes=("A00-231",),
    level="associate",
    skills=("SAS", "Data Analysis"),
    stacks=("sas-advanced-programming-professional",),
)
add(
    "sas-advanced-programming-professional",
    "SAS Certified Professional: Advanced Programming Using SAS 9.4",
    SAS,
    "data",
    aliases=(
        "SAS Advanced Programming Professional",
        "SAS Certified Advanced Programmer for SAS 9",
    ),
    level="professional",
    skills=("SAS", "SQL", "Data Analysis"),
)
add(
    "sas-statistical-business-analyst",
    "SAS Certified Statistical Business Analyst Using SAS 9: Regression and Modeling",
    SAS,
    "data",
    aliases=("SAS Statistical Business Analyst",),
    level="professional",
    skills=("SAS", "Statistics", "Regression Analysis", "Predictive Modeling"),
)

ALTERYX = Issuer(
    "Alteryx", ("Alteryx, Inc.",), ("alteryx.com", "community.alteryx.com"), ("credly",)
)
add(
    "alteryx-designer-core",
    "Alteryx Designer Core Certification",
    ALTERYX,
    "data",
    aliases=("Alteryx Designer Core",),
    level="associate",
    valid=24,
    skills=("Alteryx", "ETL", "Data Analysis"),
    stacks=("alteryx-designer-advanced",),
)
add(
    "alteryx-designer-advanced",
    "Alteryx Designer Advanced Certification",
    ALTERYX,
    "data",
    aliases=("Alteryx Designer Advanced",),
    level="professional",
    valid=24,
    skills=("Alteryx", "ETL", "Data Analysis"),
)

DAMA = Issuer(
    "DAMA International",
    ("DAMA", "Data Management Association International"),
    ("dama.org", "cdmp.info"),
    ("vendor",),
)
add(
    "dama-cdmp",
    "Certified Data Management Professional",
    DAMA,
    "data",
    aliases=("Certified Data Management Professional (CDMP)", "DAMA CDMP"),
    acronyms=("CDMP",),
    level="professional",
    valid=36,
    skills=("Data Management", "Data Governance", "Data Quality", "Data Modeling"),
)

INFORMS = Issuer(
    "INFORMS",
    ("Institute for Operations Research and the Management Sciences",),
    ("informs.org", "certifiedanalytics.org"),
    ("vendor",),
)
add(
    "informs-cap",
    "Certified Analytics Professional",
    INFORMS,
    "data",
    aliases=("Certified Analytics Professional (CAP)", "INFORMS CAP"),
    level="professional",
    valid=36,
    skills=("Analytics", "Statistics", "Predictive Modeling"),
)

TENSORFLOW = Issuer(
    "Google",
    ("TensorFlow", "Google TensorFlow", "TensorFlow Certificate Program"),
    ("tensorflow.org", "google.com"),
    ("credly",),
)
add(
    "tensorflow-developer-certificate",
    "TensorFlow Developer Certificate",
    TENSORFLOW,
    "data",
    aliases=("Google TensorFlow Developer Certificate",),
    level="associate",
    valid=36,
    skills=("TensorFlow", "Deep Learning", "Neural Networks", "Python"),
)

SKILLSHOP = Issuer(
    "Google",
    ("Google Skillshop", "Skillshop", "Google Digital Academy"),
    ("skillshop.withgoogle.com", "google.com"),
    ("vendor",),
)
add(
    "google-analytics-certification",
    "Google Analytics Certification",
    SKILLSHOP,
    "data",
    aliases=(
        "Google Analytics Individual Qualification",
        "Google Analytics 4 Certification",
        "GA4 Certification",
    ),
    acronyms=("GAIQ",),
    level="foundational",
    valid=12,
    skills=("Google Analytics", "Marketing Analytics", "Data Analysis"),
)
add(
    "google-ads-search-certification",
    "Google Ads Search Certification",
    SKILLSHOP,
    "data",
    aliases=("Google Ads Search Certified", "Google Ads Certification"),
    level="foundational",
    valid=12,
    skills=("Digital Marketing", "Marketing Analytics"),
)

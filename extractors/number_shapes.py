"""The shapes a credential's number takes after its label, as pieces of ``CREDENTIAL_ID``'s
pattern (``claim_text``): a register's capitals before it, dotted parts, groups of digits."""

# A number may come in parts set apart by slashes: "00452198/11873", "WDLC/MC/24/1182", or
# after a register's capitals and a space: "NSN 031-554-872" (a National Student Number),
# "ECITB 2210457", "NEBOSH 00412873" (a body's register, named by its letters, up to six).
REGISTER = r"(?:(?-i:[A-Z]{2,6})\s(?!(?:19|20)\d{2}(?![\w-]))(?=\d))?"
# A number in parts set apart by dots, as a register writes it: "SE.66.4471" (a Part-66
# licence), "12.345.678", three parts at least (not a version, "2.1"), or "RN.1637902" (a board's
DOTTED = r"(?:[A-Za-z0-9]{1,6}(?:\.[A-Za-z0-9]{1,8}){2,}(?<=\d)(?!\w|\.\w)|"
DOTTED += r"(?-i:[A-Z]{1,6})\.\d{4,}(?!\w|\.\w)|"  # licence type in capitals, its number)
# A number in groups of digits set apart by single spaces, as a card prints it: "1017 4832
# 9165 2204" (a licence's sixteen digits in fours), three groups at least, none a year alone.
SPACED = r"\d{3,4}(?:\ \d{3,4}){2,}(?![\w-])|"

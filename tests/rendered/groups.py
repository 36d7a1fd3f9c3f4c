"""The rendered corpus's groups whose layouts and contents live in modules of their own, in one
registry (``generate.py`` reads it): a new group adds its contents and its layouts here."""

from __future__ import annotations

from tests.rendered.blind5_contents import BLIND5_CONTENTS
from tests.rendered.blind6_contents import BLIND6_CONTENTS
from tests.rendered.blind7_contents import BLIND7_CONTENTS
from tests.rendered.blind8_contents import BLIND8_CONTENTS
from tests.rendered.blind9_contents import BLIND9_CONTENTS
from tests.rendered.blind10_contents import BLIND10_CONTENTS
from tests.rendered.blind11_contents import BLIND11_CONTENTS
from tests.rendered.blind11_documents import BLIND11_LAYOUTS
from tests.rendered.blind12_contents import BLIND12_CONTENTS
from tests.rendered.blind12_documents import BLIND12_LAYOUTS
from tests.rendered.blind13_contents import BLIND13_CONTENTS
from tests.rendered.blind13_documents import BLIND13_LAYOUTS
from tests.rendered.blind14_contents import BLIND14_CONTENTS
from tests.rendered.blind14_documents import BLIND14_LAYOUTS
from tests.rendered.blind15_contents import BLIND15_CONTENTS
from tests.rendered.blind15_documents import BLIND15_LAYOUTS
from tests.rendered.blind16_contents import BLIND16_CONTENTS
from tests.rendered.blind16_documents import BLIND16_LAYOUTS
from tests.rendered.blind17_contents import BLIND17_CONTENTS
from tests.rendered.blind17_documents import BLIND17_LAYOUTS
from tests.rendered.blind18_contents import BLIND18_CONTENTS
from tests.rendered.blind18_documents import BLIND18_LAYOUTS
from tests.rendered.blind19_contents import BLIND19_CONTENTS
from tests.rendered.blind19_documents import BLIND19_LAYOUTS
from tests.rendered.blind20_contents import BLIND20_CONTENTS
from tests.rendered.blind20_documents import BLIND20_LAYOUTS
from tests.rendered.blind21_contents import BLIND21_CONTENTS
from tests.rendered.blind21_documents import BLIND21_LAYOUTS
from tests.rendered.blind22_contents import BLIND22_CONTENTS
from tests.rendered.blind22_documents import BLIND22_LAYOUTS
from tests.rendered.blind23_contents import BLIND23_CONTENTS
from tests.rendered.blind23_documents import BLIND23_LAYOUTS
from tests.rendered.blind24_contents import BLIND24_CONTENTS
from tests.rendered.blind24_documents import BLIND24_LAYOUTS
from tests.rendered.contents import Content
from tests.rendered.layout import Layout
from tests.rendered.tuning14_contents import TUNING14_CONTENTS
from tests.rendered.tuning14_documents import TUNING14_LAYOUTS

#: Each group with contents of its own: blind-5 on, and tuning-14; the others render ``CONTENTS``.
OWN_CONTENTS: dict[str, tuple[Content, ...]] = {
    "blind-5": BLIND5_CONTENTS,
    "blind-6": BLIND6_CONTENTS,
    "blind-7": BLIND7_CONTENTS,
    "blind-8": BLIND8_CONTENTS,
    "blind-9": BLIND9_CONTENTS,
    "blind-10": BLIND10_CONTENTS,
    "blind-11": BLIND11_CONTENTS,
    "blind-12": BLIND12_CONTENTS,
    "blind-13": BLIND13_CONTENTS,
    "blind-14": BLIND14_CONTENTS,
    "blind-15": BLIND15_CONTENTS,
    "blind-16": BLIND16_CONTENTS,
    "blind-17": BLIND17_CONTENTS,
    "blind-18": BLIND18_CONTENTS,
    "blind-19": BLIND19_CONTENTS,
    "blind-20": BLIND20_CONTENTS,
    "blind-21": BLIND21_CONTENTS,
    "blind-22": BLIND22_CONTENTS,
    "blind-23": BLIND23_CONTENTS,
    "blind-24": BLIND24_CONTENTS,
    "tuning-14": TUNING14_CONTENTS,
}

#: The layouts of blind-11 on and of tuning-14, in the order the corpus lists them.
GROUP_LAYOUTS: tuple[Layout, ...] = (
    *BLIND11_LAYOUTS,
    *BLIND12_LAYOUTS,
    *BLIND13_LAYOUTS,
    *BLIND14_LAYOUTS,
    *BLIND15_LAYOUTS,
    *BLIND16_LAYOUTS,
    *BLIND17_LAYOUTS,
    *BLIND18_LAYOUTS,
    *BLIND19_LAYOUTS,
    *BLIND20_LAYOUTS,
    *BLIND21_LAYOUTS,
    *BLIND22_LAYOUTS,
    *BLIND23_LAYOUTS,
    *BLIND24_LAYOUTS,
    *TUNING14_LAYOUTS,
)

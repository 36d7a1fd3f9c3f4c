"""Reading roles must not get worse: the figures ``python -m bench.requirements`` prints.

Measured: tuning set F1 1.000 (209 requirements); the first held-out set 0.861 on its first
run (1.000 after the changes it prompted, so no longer held out); the second held-out set
0.867 on its first run, 0.911 after two fixes of plain bugs it showed; the third held-out
set, written blind by an author who had not read the reader, 0.896 on its first run (152
requirements in fifteen styles). A second tuning set in 2026 posting styles (88 requirements)
0.827 before the reader's changes for those styles, 1.000 after (and 1.000 over 116 with four
more layouts added); held-out 2 then 1.000 (no longer held out). A fourth held-out set, 17
documents in 17 styles by a fifth author blind to the reader, 0.897 on its first run (169
requirements); tuned on from session 6, it and held-out 3 (then read too) 1.000 and 0.997.
A fifth, 21 documents in 21 other styles by a sixth author blind to the reader, 0.845 on
its first run (187 requirements). A sixth, 20 documents in 20 more styles by a seventh author
blind to the reader, 0.851 on its first run (168 requirements; P 0.822, R 0.881, on main
815571a); tuned on from session 7, 1.000. A seventh, 20 documents in 20 further styles by
an eighth author blind to the reader, 0.808 on its first run (183 requirements; P 0.768, R
0.852, on main f221e2c); tuned on from session 8 (role7), 1.000. An eighth, 16 documents in 16
further styles by a ninth author blind to the reader, 0.793 on its first run (128 requirements;
P 0.710, R 0.898, on main 2085c7a); tuned on from session 7 (h7r8), 1.000. A ninth,
17 documents in 17 further styles by a tenth author blind to the reader, 0.853 on its first run
(170 requirements; P 0.821, R 0.888, on main 202b4b7), 0.866 before tuning; tuned on from
session 8 (role9). A tenth, 18 documents in 18 further styles by an eleventh author blind to
the reader, 0.752 on its first run (144 requirements; P 0.717, R 0.792, on main bb10939),
0.779 when unsealed; tuned on from session 9 (role11), 0.997. An eleventh, 18
documents in 18 further styles by a twelfth author blind to the reader, 0.838 on its first
run (135 requirements; P 0.782, R 0.904, on main 6ddfac9), 0.887 when unsealed; tuned on from
session 10 (role), 1.000. A twelfth, 18 documents in 18 further styles by a thirteenth author
blind to the reader, 0.723 on its first run (160 requirements; P 0.672, R 0.781, on main
2d4e1ca); tuned on from session 11 (roles12), 1.000. A thirteenth, 18 documents in 18
further styles by a fourteenth author blind to the reader, 0.770 on its first run (158
requirements; P 0.738, R 0.804, on main 78cdbb8); tuned on from session 12 (roles13), 1.000.
A fourteenth, sealed, 18 documents in 18 further styles by a fifteenth author blind to the
reader, 0.748 on its first run (158 requirements; P 0.690, R 0.816, on main 9ffc8f8). A
third tuning set, 24 documents in 24 styles no earlier set used (sectors far from IT, English
mixed with other languages, conditions, negations, alternatives), 0.735 on the reader's first
run on it after its labels were committed (134 requirements; P 0.682, R 0.799, on main
72a36c6), 0.963 after the rules it prompted (session 13, roles3t). A fifteenth held-out set,
sealed, 18 documents in 18 further styles by a sixteenth author blind to the reader, 0.737 on
its first run (175 requirements; P 0.701, R 0.777, on main ac5cfca). A sixteenth, sealed, 24
ordinary postings as recruiters paste them (careers pages, job boards, agencies, public-sector and
school sites) by a seventeenth author blind to the reader, 0.955 on its first run (153
requirements; P 0.937, R 0.974, on main 019a6ab).
Thresholds sit below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import requirements
from bench.requirements import BLIND, CORPUS, figures, main, score_set
from extractors import Role


def test_the_corpus_has_twenty_documents_in_five_styles_and_held_out_sets() -> None:
    tuning = score_set("tuning")
    assert len(tuning) >= 20
    assert {each.style for each in tuning} == {
        "bullets",
        "prose",
        "must-nice",
        "or-equivalent",
        "structured",
    }
    assert len(score_set("held-out")) + len(score_set("held-out-2")) >= 15
    assert len(score_set("held-out-3")) >= 12
    assert (CORPUS / "README.md").exists()


def test_tuning_set_is_read_with_f1_of_at_least_0_95() -> None:
    scored = score_set("tuning")
    assert figures(scored)[2] >= 0.95, [(s.file, s.expected ^ s.found) for s in scored]


def test_third_tuning_set_in_new_styles_is_read_with_f1_of_at_least_0_95() -> None:
    scored = score_set("tuning-3")
    assert len({each.style for each in scored}) == len(scored) >= 24
    assert figures(scored)[2] >= 0.97, [(s.file, s.expected ^ s.found) for s in scored]


def test_held_out_sets_stay_where_they_were_measured() -> None:
    assert figures(score_set("held-out"))[2] >= 0.95
    assert figures(score_set("held-out-2"))[2] >= 0.95


def test_second_tuning_set_in_posting_styles_is_read_with_f1_of_at_least_0_95() -> None:
    scored = score_set("tuning-2")
    assert figures(scored)[2] >= 0.95, [(s.file, s.expected ^ s.found) for s in scored]


def test_third_held_out_set_keeps_what_the_reader_reached_on_it() -> None:
    # First blind run 0.896; 0.964 after the reader's changes for the styles it was written
    # in. The message names no miss, so a failure here does not turn it into a tuning set.
    scored = score_set("held-out-3")
    assert len({each.style for each in scored}) >= 12
    assert figures(scored)[2] >= 0.95, "held-out-3 F1 fell; see bench.requirements"


def test_fourth_held_out_set_tuned_on_is_read_with_f1_of_at_least_0_95() -> None:
    # First blind run 0.897; tuned on from session 6 (1.000). The message names no miss:
    # held-out-4's misses are for --heldout4-details only.
    scored = score_set("held-out-4")
    assert len({each.style for each in scored}) >= 14
    assert figures(scored)[2] >= 0.95, "held-out-4 F1 fell; see bench.requirements"


def test_fifth_held_out_set_tuned_on_is_read_with_f1_of_at_least_0_95() -> None:
    # First blind run 0.845 (P 0.819, R 0.872); tuned on from session 6 (0.968) and session 7
    # (1.000). The message names no miss: held-out-5's misses are for --heldout5-details only.
    scored = score_set("held-out-5")
    assert len(scored) >= 18
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.95, "held-out-5 F1 fell; see bench.requirements"


def test_sixth_held_out_set_tuned_on_keeps_what_the_reader_reached_on_it() -> None:
    # First blind run 0.851 (P 0.822, R 0.881) on main 815571a; tuned on from session 7 (h7r6:
    # 1.000). The floor sits one step under it, so a change of one label as the catalog grows
    # does not fail it. The message names no miss (its misses stay under --heldout6-details).
    scored = score_set("held-out-6")
    assert len(scored) >= 18
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-6 F1 fell; see bench.requirements"


def test_seventh_held_out_set_tuned_on_keeps_what_the_reader_reached_on_it() -> None:
    # First blind run 0.808 (P 0.768, R 0.852) on main f221e2c; 0.839 at the end of session 7
    # (995b66c), still sealed; tuned on from session 8 (role7: 1.000). The floor sits one step
    # under it, so a change of one label as the catalog grows does not fail it. The message
    # names no miss (its misses stay under --heldout7-details).
    scored = score_set("held-out-7")
    assert len(scored) >= 18
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-7 F1 fell; see bench.requirements"


def test_eighth_held_out_set_tuned_on_keeps_what_the_reader_reached_on_it() -> None:
    # First blind run 0.793 (P 0.710, R 0.898) on main 2085c7a; tuned on from session 7 (h7r8:
    # 1.000). The floor sits one step under it, so a change of one label as the catalog grows
    # does not fail it. The message names no miss (its misses stay under --heldout8-details).
    scored = score_set("held-out-8")
    assert len(scored) >= 16
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-8 F1 fell; see bench.requirements"


def test_ninth_held_out_set_keeps_its_tuned_figure() -> None:
    # First blind run 0.853 (P 0.821, R 0.888) on main 202b4b7, 0.866 at 19:27 before tuning;
    # tuned on from session 8, 19:35 (role9): the floor is the tuned figure rounded down.
    scored = score_set("held-out-9")
    assert len(scored) >= 16
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.95, "held-out-9 F1 fell; see bench.requirements"


def test_tenth_held_out_set_keeps_its_figure() -> None:
    # First blind run 0.752 (P 0.717, R 0.792) on main bb10939; 0.779 when unsealed for tuning
    # (session 9); 0.872 after role11's languages table, 0.905 after its chat and count rules,
    # 0.936 after its footnotes and defined verbs, 0.956 after a form's tick boxes, 0.976
    # after a unified diff read as the document after it, 0.990 after a recruiter's briefs
    # (transcripts, "would put them ahead", "don't screen on", "Exclude:"), 0.993 after prose
    # past a "What I don't care about" list, 0.997 after what the team already holds. The
    # floor sits just under the last.
    # The message names no miss.
    scored = score_set("held-out-10")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-10 F1 fell; see bench.requirements"


def test_eleventh_held_out_set_keeps_its_tuned_figure() -> None:
    # First blind run 0.838 (P 0.782, R 0.904) on main 6ddfac9; 0.887 when unsealed for tuning
    # (session 10, once held-out 12 landed); 1.000 after role's rules, each from cases made up
    # for its unit test. The floor sits just under it. The message names no miss.
    scored = score_set("held-out-11")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-11 F1 fell; see bench.requirements"


def test_twelfth_held_out_set_keeps_its_tuned_figure() -> None:
    # First blind run 0.723 (P 0.672, R 0.781) on main 2d4e1ca; 0.788 (P 0.744, R 0.838) at
    # session 10's end, sealed; unsealed for tuning in session 11 (roles12), 1.000 after its
    # rules, each from cases made up for its unit test. The floor sits just under it. The
    # message names no miss.
    scored = score_set("held-out-12")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-12 F1 fell; see bench.requirements"


def test_thirteenth_held_out_set_keeps_its_tuned_figure() -> None:
    # First blind run 0.770 (0.7697; P 0.738, R 0.804) on main 78cdbb8, no label corrected
    # after it; 0.772 (P 0.743, R 0.804) when unsealed for tuning in session 12 (roles13);
    # 0.883 after its section words and API responses, 0.934 after its offer terms, 0.962
    # after SQL inserts and feature files, 1.000 after flowcharts, each rule from cases made
    # up for its unit test. The floor sits just under it. The message names no miss.
    scored = score_set("held-out-13")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-13 F1 fell; see bench.requirements"


def test_fourteenth_held_out_set_keeps_its_figure() -> None:
    # First blind run 0.748 (0.7478: 129 read of 158 labelled and 187 found; P 0.690, R 0.816)
    # on main 9ffc8f8, no label corrected after it. Opened for tuning in session 13 (t16): its
    # misses read and the reader changed for their kinds; the floor sits a little under what
    # it reaches now (see tests/roles/README.md).
    scored = score_set("held-out-14")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.99, "held-out-14 F1 fell; see bench.requirements"


def test_fifteenth_held_out_set_sealed_keeps_its_figure() -> None:
    # First blind run 0.737 (0.7371: 136 read of 175 labelled and 194 found; P 0.701, R 0.777)
    # on main ac5cfca, no label corrected after it and no miss read by anyone; the floor sits a
    # little under it. Sealed: nobody tunes on it, and the message names no miss.
    scored = score_set("held-out-15")
    assert len(scored) >= 17
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.73, "held-out-15 F1 fell; see bench.requirements"


def test_sixteenth_held_out_set_sealed_keeps_its_figure() -> None:
    # First blind run 0.955 (0.9551: 149 read of 153 labelled and 159 found; P 0.937, R 0.974)
    # on main 019a6ab, no label corrected after it and no miss read by anyone; the floor is the
    # figure rounded down. Sealed: nobody tunes on it, and the message names no miss.
    scored = score_set("held-out-16")
    assert len(scored) >= 24
    assert len({each.style for each in scored}) == len(scored)
    assert figures(scored)[2] >= 0.95, "held-out-16 F1 fell; see bench.requirements"


@pytest.mark.parametrize("flags", [["--details"], ["--heldout4-details"]])
def test_a_blind_sets_misses_show_only_under_its_own_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-5" in BLIND
    main(["--set", "held-out-5", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-5 set")
    # A generator, so pytest's message shows no line of it.
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize("flags", [["--details"], ["--heldout5-details"], ["--heldout7-details"]])
def test_the_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-6" in BLIND
    main(["--set", "held-out-6", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-6 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize("flags", [["--details"], ["--heldout6-details"], ["--heldout9-details"]])
def test_the_seventh_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-7" in BLIND
    main(["--set", "held-out-7", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-7 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize("flags", [["--details"], ["--heldout7-details"], ["--heldout9-details"]])
def test_the_eighth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-8" in BLIND
    main(["--set", "held-out-8", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-8 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout7-details"], ["--heldout8-details"], ["--heldout10-details"]],
)
def test_the_ninth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-9" in BLIND
    main(["--set", "held-out-9", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-9 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout8-details"], ["--heldout9-details"], ["--heldout11-details"]],
)
def test_the_tenth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-10" in BLIND
    main(["--set", "held-out-10", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-10 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout9-details"], ["--heldout10-details"], ["--heldout12-details"]],
)
def test_the_eleventh_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-11" in BLIND
    main(["--set", "held-out-11", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-11 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout10-details"], ["--heldout11-details"], ["--heldout13-details"]],
)
def test_the_twelfth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-12" in BLIND
    main(["--set", "held-out-12", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-12 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout11-details"], ["--heldout12-details"]],
)
def test_the_thirteenth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-13" in BLIND
    main(["--set", "held-out-13", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-13 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout12-details"], ["--heldout13-details"]],
)
def test_the_fourteenth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-14" in BLIND
    main(["--set", "held-out-14", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-14 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout13-details"], ["--heldout14-details"]],
)
def test_the_fifteenth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-15" in BLIND
    main(["--set", "held-out-15", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-15 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


@pytest.mark.parametrize(
    "flags",
    [["--details"], ["--heldout14-details"], ["--heldout15-details"]],
)
def test_the_sixteenth_sealed_sets_misses_show_under_no_other_flag(
    flags: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert "held-out-16" in BLIND
    main(["--set", "held-out-16", *flags])
    printed = capsys.readouterr().out
    # Read and dropped, so a failure does not print the set's misses either.
    assert printed.startswith("held-out-16 set")
    assert not any(line.startswith(("    miss", "    extra")) for line in printed.splitlines())


def test_without_a_sealed_set_the_bench_reads_none_of_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    read: list[Path] = []
    reader = requirements.read_document

    def recording(path: Path) -> Role:
        read.append(path)
        return reader(path)

    monkeypatch.setattr(requirements, "read_document", recording)
    main(["--without", "held-out-14", "--without", "held-out-15", "--without", "held-out-16"])
    printed = capsys.readouterr().out

    assert "held-out-13 set" in printed
    assert "held-out-14" not in printed
    assert "held-out-15" not in printed
    assert "held-out-16" not in printed
    assert read
    assert not [path for path in read if "heldout14" in str(path)]
    assert not [path for path in read if "heldout15" in str(path)]
    assert not [path for path in read if "heldout16" in str(path)]


@pytest.mark.parametrize(
    ("name", "own", "other"),
    [
        ("held-out-12", "--heldout12-details", "--heldout11-details"),
        ("held-out-13", "--heldout13-details", "--heldout12-details"),
        ("held-out-14", "--heldout14-details", "--heldout13-details"),
        ("held-out-15", "--heldout15-details", "--heldout14-details"),
        ("held-out-16", "--heldout16-details", "--heldout15-details"),
    ],
)
def test_a_sealed_sets_styles_show_only_under_its_own_flag(
    name: str, own: str, other: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert name in BLIND
    main(["--set", name, "--details", other])
    sealed = capsys.readouterr().out.splitlines()
    main(["--set", name, own])
    opened = capsys.readouterr().out.splitlines()
    main(["--set", "tuning"])
    tuning = capsys.readouterr().out.splitlines()

    # The set's one summary line, then the speed line: no style is named.
    assert [line.split()[0] for line in sealed[:2]] == [name, "all"]
    assert len(sealed) == 3
    assert len(opened) > len(sealed) + 10
    assert len(tuning) > 3

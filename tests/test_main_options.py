"""Command-line options: the join link, and where the service address comes from (no windows)."""

from __future__ import annotations

import json

import pytest

from app.core.deployment import DEPLOYMENT_FILE, ENV_MEDIA_RECOVERY, ENV_SERVICE
from app.main import DEFAULT_SERVICE, parse_options


def options(role, argv, env=None, dirs=()):
    return parse_options(role, argv, environ=env or {}, directories=list(dirs))


def write_deployment(folder, content):
    path = folder / DEPLOYMENT_FILE
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_a_link_or_a_code_for_the_patient():
    assert options("patient", ["samtale://join/ABCD-2345"]).link == "samtale://join/ABCD-2345"
    assert options("patient", ["--join", "abcd2345"]).link == "abcd2345"
    assert options("patient", ["--lang", "nb", "ABCD-2345"]).link == "ABCD-2345"
    assert options("patient", []).link is None


@pytest.mark.parametrize(
    ("role", "argv"),
    [
        ("clinician", ["samtale://join/ABCD-2345"]),
        ("demo", ["--join", "ABCD-2345"]),
        ("patient", ["--join", "ABCD-2345", "samtale://join/ABCD-2345"]),
        ("patient", ["ABCD-2345", "EFGH-2345"]),
    ],
)
def test_links_are_refused_where_they_make_no_sense(role, argv, capsys):
    with pytest.raises(SystemExit) as caught:
        options(role, argv)
    assert caught.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_the_service_comes_from_the_flag_then_the_environment_then_the_file_then_the_default(tmp_path):
    user, beside_app = tmp_path / "user", tmp_path / "app"
    user.mkdir()
    beside_app.mkdir()
    env = {ENV_SERVICE: "https://env.example.org/"}
    write_deployment(beside_app, {"service_url": "https://region.example.no"})

    flag = options("patient", ["--service", "https://flag.example.org"], env, [user, beside_app])
    assert (flag.service, flag.service_source) == ("https://flag.example.org", "--service")
    from_env = options("patient", [], env, [user, beside_app])
    assert (from_env.service, from_env.service_source) == ("https://env.example.org", ENV_SERVICE)
    from_file = options("patient", [], {}, [user, beside_app])
    assert from_file.service == "https://region.example.no"
    assert from_file.service_source == str(beside_app / DEPLOYMENT_FILE)
    write_deployment(user, {"service_url": "https://mine.example.se"})
    assert options("patient", [], {}, [user, beside_app]).service == "https://mine.example.se"
    default = options("clinician", [], {}, [tmp_path / "nowhere"])
    assert (default.service, default.service_source) == (DEFAULT_SERVICE, "default")


def test_loopback_may_use_plain_http(tmp_path):
    for url in ("http://127.0.0.1:8443", "http://localhost:9000", "http://[::1]:8443"):
        assert options("patient", [], {ENV_SERVICE: url}).service == url


@pytest.mark.parametrize(
    ("env", "file", "words"),
    [
        ({ENV_SERVICE: "http://samtale.example.org"}, None, "must use https"),
        ({ENV_SERVICE: "ftp://samtale.example.org"}, None, "must be an https:// URL"),
        ({ENV_SERVICE: "samtale.example.org"}, None, "must be an https:// URL"),
        ({ENV_SERVICE: "https://x.example.org:99999"}, None, "not a valid URL"),
        ({ENV_SERVICE: "https://user:pw@x.example.org"}, None, "plain base URL"),
        ({}, "{not json", "not valid JSON"),
        ({}, {"service": "https://x.example.org"}, "needs"),
        ({}, ["https://x.example.org"], "needs"),
        ({}, {"service_url": "http://x.example.org"}, "must use https"),
    ],
)
def test_an_invalid_preset_stops_with_a_plain_sentence(tmp_path, capsys, env, file, words):
    if file is not None:
        write_deployment(tmp_path, file)
    with pytest.raises(SystemExit) as caught:
        options("patient", [], env, [tmp_path])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err


def test_an_invalid_flag_is_refused_too(capsys):
    with pytest.raises(SystemExit):
        options("patient", ["--service", "http://samtale.example.org"])
    assert "must use https" in capsys.readouterr().err


def test_the_demo_ignores_the_preset(tmp_path):
    write_deployment(tmp_path, "{not json")
    demo = options("demo", [], {ENV_SERVICE: "http://bad.example.org"}, [tmp_path])
    assert demo.service == DEFAULT_SERVICE


@pytest.mark.parametrize("role", ["patient", "clinician", "demo"])
def test_high_contrast_is_the_users_choice_else_the_system_decides(role):
    assert options(role, ["--high-contrast"]).high_contrast is True
    assert options(role, []).high_contrast is False


@pytest.mark.parametrize("role", ["patient", "clinician", "demo"])
def test_every_build_can_walk_a_call_by_itself(role):
    # The installed apps prove themselves with --self-test (tests/packaging); the demo walks both sides.
    assert options(role, ["--self-test"]).self_test is True
    assert options(role, []).self_test is False


@pytest.mark.parametrize("role", ["patient", "clinician"])
def test_a_shipped_build_makes_no_test_pattern_or_tone_unless_asked(role):
    # Issue 11: without the flag a missing camera or microphone sends nothing (and the person is told).
    assert options(role, []).synthetic_media is False
    assert options(role, ["--synthetic-media"]).synthetic_media is True


def test_the_demo_always_has_synthetic_media():
    # Two windows on one computer: the demo's clinician never competes for the camera and microphone.
    assert options("demo", []).synthetic_media is True


def test_the_emergency_notice_comes_from_the_deployment_file(tmp_path):
    from app.core.emergency import EmergencyNotice

    assert options("patient", [], {}, [tmp_path]).emergency == EmergencyNotice()  # the general notice
    write_deployment(tmp_path, {"service_url": "https://region.example.se", "emergency": "se"})
    assert options("patient", [], {}, [tmp_path]).emergency == EmergencyNotice(region="se")
    # It holds also when the address comes from the flag: the notice belongs to the deployment.
    assert options("patient", ["--service", "https://x.example.org"], {}, [tmp_path]).emergency.region == "se"
    own = {"nb": "Ring legevakten på 116 117.", "sv": "Ring 1177.", "en": "Call 116 117."}
    write_deployment(tmp_path, {"service_url": "https://region.example.no", "emergency": own})
    assert options("patient", [], {}, [tmp_path]).emergency == EmergencyNotice(texts=own)


@pytest.mark.parametrize("value", ["dk", {"de": "Ruf 112"}, {"nb": ""}, 113])
def test_an_invalid_emergency_notice_stops_with_a_plain_sentence(tmp_path, capsys, value):
    write_deployment(tmp_path, {"service_url": "https://region.example.no", "emergency": value})
    with pytest.raises(SystemExit) as caught:
        options("patient", [], {}, [tmp_path])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "emergency notice" in err and str(tmp_path) in err
    assert "Traceback" not in err


def test_the_deployment_sets_how_long_media_may_stay_away_before_the_choice(tmp_path):
    assert options("patient", [], {}, [tmp_path]).media_recovery_s is None  # the client's default
    write_deployment(tmp_path, {"service_url": "https://region.example.no", "media_recovery_s": 45})
    assert options("patient", [], {}, [tmp_path]).media_recovery_s == 45.0
    assert options("clinician", [], {ENV_MEDIA_RECOVERY: "12.5"}, [tmp_path]).media_recovery_s == 12.5


@pytest.mark.parametrize(("value", "words"), [("soon", "a number of seconds"), ("1", "between 5 and 300")])
def test_a_media_recovery_time_that_makes_no_sense_stops_with_a_plain_sentence(
    tmp_path, capsys, value, words
):
    with pytest.raises(SystemExit):
        options("patient", [], {ENV_MEDIA_RECOVERY: value}, [tmp_path])
    assert words in capsys.readouterr().err

import os
import stat

import pytest

from shebao_desktop.storage import paths
from shebao_desktop.storage.paths import data_dir

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_cli_value_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("SHEBAO_DATA_DIR", str(tmp_path / "env"))
    assert data_dir(str(tmp_path / "cli")) == (tmp_path / "cli").resolve()
    assert (tmp_path / "cli").is_dir() and not (tmp_path / "env").exists()


def test_environment_then_platform_default(tmp_path, monkeypatch):
    monkeypatch.setenv("SHEBAO_DATA_DIR", str(tmp_path / "env"))
    assert data_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv("SHEBAO_DATA_DIR")
    monkeypatch.setattr(paths, "default_data_dir", lambda: tmp_path / "platform" / "shebao-desktop")
    assert data_dir() == (tmp_path / "platform" / "shebao-desktop").resolve()


def test_default_is_platformdirs_user_data_path(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if os.name == "posix" and not os.uname().sysname == "Darwin":
        assert paths.default_data_dir() == tmp_path / "xdg" / "shebao-desktop"


@posix_only
def test_created_folder_is_private(tmp_path):
    assert mode(data_dir(str(tmp_path / "a" / "b"))) == 0o700


@posix_only
def test_default_folder_is_tightened_but_a_users_folder_is_not(tmp_path, monkeypatch):
    monkeypatch.delenv("SHEBAO_DATA_DIR")
    own = tmp_path / "own"
    own.mkdir(mode=0o755)
    os.chmod(own, 0o755)
    monkeypatch.setattr(paths, "default_data_dir", lambda: own)
    assert mode(data_dir()) == 0o700
    users = tmp_path / "documents"
    users.mkdir()
    os.chmod(users, 0o755)
    assert mode(data_dir(str(users))) == 0o755


def test_a_file_in_the_way_is_a_storage_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(paths.StorageError) as error:
        data_dir(str(tmp_path / "file"))
    assert error.value.code == "EXISTS"

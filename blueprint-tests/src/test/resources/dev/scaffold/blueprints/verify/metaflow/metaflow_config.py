"""Stand-in metaflow.metaflow_config: reads the file and environment as metaflow_config_funcs.py does
(Netflix/metaflow): $METAFLOW_HOME/config[_$METAFLOW_PROFILE].json, METAFLOW_<NAME> overriding it."""

import json
import os

_home = os.environ.get("METAFLOW_HOME", "~/.metaflowconfig")
_profile = os.environ.get("METAFLOW_PROFILE")
_path = os.path.expanduser(os.path.join(_home, f"config_{_profile}.json" if _profile else "config.json"))
if os.path.exists(_path):
    with open(_path, encoding="utf-8") as _f:
        _config = json.load(_f)
elif _profile:
    raise Exception(f"Unable to locate METAFLOW_PROFILE '{_profile}' in '{_home}')")
else:
    _config = {}


# Like a Metaflow release older than a key the stack publishes: the attribute does not exist.
_UNKNOWN = {"BATCH_CONTAINER_REGISTRY"}


def __getattr__(name):
    if name in _UNKNOWN:
        raise AttributeError(name)
    key = "METAFLOW_" + name
    return os.environ.get(key, _config.get(key))

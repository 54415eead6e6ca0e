"""The typed settings of a workstation (TOML in the config directory) and its secrets."""

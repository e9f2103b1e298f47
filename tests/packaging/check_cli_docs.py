#!/usr/bin/env python3
"""Keeps the man pages and the shell completions in step with the programs' own --help.

Usage: check_cli_docs.py SOCKSCOPE_CLI SOCKSCOPE CLI_MAN.scd GUI_MAN.scd COMPLETION.bash COMPLETION.zsh

- every command of `sockscope-cli --help` has a section (## NAME) under COMMANDS in sockscope-cli(1),
  and every such section is a command;
- every long option of `sockscope-cli CMD --help` is in CMD's section (or in OPTIONS, the options
  every command takes), and every option a section names is one CMD takes;
- the same for `sockscope --help` and the OPTIONS of sockscope(1);
- both completion scripts offer exactly the commands and, per command, the options of --help.
"""
import os
import re
import subprocess
import sys

failures = []


def fail(message):
    failures.append(message)
    print("FAIL: " + message)


def run(*argv):
    env = dict(os.environ, LC_ALL="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout


def long_options(help_text):
    """The long options of a QCommandLineParser help text (its Options: block)."""
    options = set()
    block = help_text.split("Options:", 1)[1] if "Options:" in help_text else ""
    for line in block.splitlines():
        if not line.strip():
            if options:
                break
            continue
        m = re.match(r"^\s+(?:-\S, )*(--[a-z0-9][a-z0-9-]*)", line)
        if m:
            options.add(m.group(1))
    return options


def sections(text, level):
    """{title: body} of the scdoc headings with `level` #s."""
    out = {}
    parts = re.split(r"^(#{1,3}) (.+)$", text, flags=re.M)
    for i in range(1, len(parts) - 1, 3):
        if len(parts[i]) == level:
            out[parts[i + 1].strip()] = parts[i + 2]
    return out


def man_options(body):
    return set(re.findall(r"\*(--[a-z0-9][a-z0-9-]*)\*", body))


def commands_block(text):
    """The COMMANDS section with its ## subsections."""
    m = re.search(r"^# COMMANDS$(.*?)(?=^# )", text, flags=re.M | re.S)
    return m.group(1) if m else ""


def compare(what, expected, found):
    for o in sorted(expected - found):
        fail(f"{what}: {o} is missing")
    for o in sorted(found - expected):
        fail(f"{what}: {o} is there but --help has no such thing")


def main():
    cli, gui, cli_man, gui_man, bash_file, zsh_file = sys.argv[1:7]
    top = run(cli, "--help")
    block = top.split("Commands:", 1)[1].split("\n\n", 1)[0]
    commands = [m.group(1) for m in re.finditer(r"^  ([a-z][a-z0-9-]*)\s", block, flags=re.M)]
    if len(commands) < 10:
        fail(f"only {len(commands)} commands found in sockscope-cli --help")
    options = {c: long_options(run(cli, c, "--help")) for c in commands}
    top_options = long_options(top)

    man = open(cli_man, encoding="utf-8").read()
    man_commands = sections(commands_block(man), 2)
    common = man_options(sections(man, 1).get("OPTIONS", ""))
    compare("sockscope-cli(1) COMMANDS", set(commands), set(man_commands))
    compare("sockscope-cli(1) OPTIONS (before the command)", top_options | {"--json"}, common)
    for c in commands:
        if c in man_commands:
            documented = man_options(man_commands[c])
            for o in sorted(options[c] - documented - common):
                fail(f"sockscope-cli(1) section {c}: {o} is missing")
            for o in sorted(documented - options[c]):
                fail(f"sockscope-cli(1) section {c}: {o} is not an option of sockscope-cli {c}")

    gui_help = run(gui, "--help")
    compare("sockscope(1) OPTIONS", long_options(gui_help),
            man_options(sections(open(gui_man, encoding="utf-8").read(), 1).get("OPTIONS", "")))

    # bash: the command list and one `CMD) echo "$common ..."` line per command.
    bash = open(bash_file, encoding="utf-8").read()
    m = re.search(r'local commands="([^"]*)"', bash)
    compare("bash completion commands", set(commands) | {"help"}, set(m.group(1).split()) if m else set())
    bash_common = set(re.search(r'local common="([^"]*)"', bash).group(1).split())
    bash_table = {}
    for m in re.finditer(r"^\s+([a-z|-]+)\) echo (.*?) ;;$", bash, flags=re.M | re.S):
        words = set(re.findall(r"--[a-z0-9-]+", m.group(2)))
        if "$common" in m.group(2):
            words |= bash_common
        for c in m.group(1).split("|"):
            bash_table[c] = words
    for c in commands:
        compare(f"bash completion of {c}", options[c], bash_table.get(c, set()))

    # zsh: 'CMD:description' in commands=(...), and a `CMD) args=(...) ;;` branch per command.
    zsh = open(zsh_file, encoding="utf-8").read()
    listed = set(re.findall(r"^\s+'([a-z-]+):", re.search(r"commands=\((.*?)\n\)", zsh, flags=re.S).group(1),
                            flags=re.M))
    compare("zsh completion commands", set(commands) | {"help"}, listed)
    zsh_common = set(re.findall(r"--[a-z0-9-]+", re.search(r"common=\((.*?)\n\)", zsh, flags=re.S).group(1)))
    proto4 = re.search(r"proto4=\((.*?)\)$", zsh, flags=re.M).group(1)
    zsh_table = {}
    for m in re.finditer(r"^\s+([a-z|-]+)\) args=\((.*?)\) ;;$", zsh, flags=re.M | re.S):
        spec = m.group(2).replace("$proto4", proto4)
        for c in m.group(1).split("|"):
            zsh_table[c] = {w for w in re.findall(r"'(?:\*|\([^)]*\))?(--[a-z0-9-]+)", spec)} | zsh_common  # '*--opt': repeatable
    for c in commands:
        compare(f"zsh completion of {c}", options[c], zsh_table.get(c, set()))

    if failures:
        print(f"{len(failures)} difference(s) between --help and the documentation")
        return 1
    print(f"ok: {len(commands)} commands, {sum(map(len, options.values()))} options, man pages and completions agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())

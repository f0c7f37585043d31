/**
 * Shell completion. `modelgates completion bash|zsh|fish` prints a small script that asks the CLI
 * itself for candidates (`modelgates __complete WORD... CURRENT`, as cobra-based CLIs do), so the
 * commands, flags and flag values come from one place, the command table, in every shell, and a
 * command or flag added there completes without touching the scripts. The candidates never need
 * the API (no key, no request): they cost one start of Node without the SDK.
 */
import type { Command } from './commands.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# modelgates completion for bash: add to ~/.bashrc
#   source <(modelgates completion bash)
_modelgates_complete() {
  local IFS=$'\\n'
  COMPREPLY=($(command modelgates __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _modelgates_complete modelgates
`;
    case 'zsh':
      return `#compdef modelgates
# modelgates completion for zsh: add to ~/.zshrc (after compinit)
#   source <(modelgates completion zsh)
_modelgates() {
  local -a candidates
  candidates=("\${(@f)$(command modelgates __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -Q -- "\${(@)candidates:#}"
}
if (( ! $+functions[compdef] )); then autoload -Uz compinit && compinit; fi
compdef _modelgates modelgates
`;
    case 'fish':
      return `# modelgates completion for fish: add to ~/.config/fish/completions/modelgates.fish
#   modelgates completion fish > ~/.config/fish/completions/modelgates.fish
function __modelgates_complete
  set -l words (commandline -opc)
  set -l current (commandline -ct)
  command modelgates __complete $words[2..-1] "$current" 2>/dev/null
end
complete -c modelgates -f -a '(__modelgates_complete)'
`;
  }
}

/** Values some flags take, offered after the flag. */
export type FlagValues = Readonly<Record<string, readonly string[]>>;

/**
 * The candidates for the last word of `words` (the words after `modelgates`; the last is the one
 * being typed, possibly empty), filtered by what is typed so far.
 */
export function complete(
  words: readonly string[],
  commands: readonly Command[],
  globalOptions: Readonly<Record<string, { type: string; short?: string }>>,
  values: FlagValues,
): string[] {
  const current = words[words.length - 1] ?? '';
  const before = words.slice(0, -1);
  const valued = (c: Command | undefined) => (flag: string) => {
    const name = flag.replace(/^--/, '');
    const o = c?.options[name] ?? globalOptions[name];
    return o?.type === 'string';
  };
  // The command words typed so far: the words that are not flags or flags' values.
  const typed: string[] = [];
  let command: Command | undefined;
  for (let i = 0; i < before.length; i++) {
    const w = before[i]!;
    if (w.startsWith('-')) {
      if (!w.includes('=') && valued(command)(w)) i++;
      continue;
    }
    typed.push(w);
    command = commands.find((c) => c.name === typed.join(' ')) ?? command;
  }
  const previous = before[before.length - 1];
  let candidates: readonly string[];
  if (previous?.startsWith('--') && valued(command)(previous)) {
    candidates = values[previous.slice(2)] ?? [];
  } else if (current.startsWith('-')) {
    const options = { ...globalOptions, ...command?.options };
    candidates = Object.keys(options).map((name) => `--${name}`);
  } else if (command) {
    // After the command words: its own values (the shell of `completion`) or nothing.
    candidates = command.name === 'completion' && typed.length === 1 ? SHELLS : [];
  } else {
    const prefix = typed.length ? `${typed.join(' ')} ` : '';
    const next = commands
      .filter((c) => c.name.startsWith(prefix))
      .map((c) => c.name.slice(prefix.length).split(' ')[0]!);
    candidates = [...new Set(next)];
  }
  return candidates.filter((c) => c.startsWith(current));
}

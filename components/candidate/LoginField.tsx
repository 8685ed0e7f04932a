import { useState, type FormEvent } from 'react';
import { GitHubLoginSchema } from '@/lib/sites/github-login';

/** "Analyze a GitHub login": a small form that accepts a login, @login or a github.com URL. */
export function LoginField({ onLogin, label = 'GitHub login' }: { onLogin: (login: string) => void; label?: string }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const candidate = draft
      .trim()
      .replace(/^@/, '')
      .replace(/^(https?:\/\/)?(www\.)?github\.com\//i, '')
      .split(/[/?#]/)[0];
    const login = GitHubLoginSchema.safeParse(candidate);
    if (!login.success) {
      setProblem(`“${draft.trim()}” is not a GitHub login.`);
      return;
    }
    setProblem(null);
    onLogin(login.data);
  };

  return (
    <form className="pyvet-login-field" onSubmit={submit}>
      <label htmlFor="pyvet-login-input">{label}</label>
      <input
        id="pyvet-login-input"
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        placeholder="login or github.com/login"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'pyvet-login-problem' : undefined}
      />
      <button type="submit" className="pyvet-button">
        Analyze
      </button>
      {problem && (
        <p id="pyvet-login-problem" role="alert" className="pyvet-note">
          {problem}
        </p>
      )}
    </form>
  );
}

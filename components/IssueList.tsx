/** Problems found in contest data, each with where it is ("tags.0.text") and what is wrong. */
export function IssueList({ heading, issues }: { heading: string; issues: { path: string; message: string }[] }) {
  return (
    <div className="issues" role="alert" data-testid="contest-issues">
      <p>{heading}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={`${issue.path}-${i}`}>
            <code>{issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

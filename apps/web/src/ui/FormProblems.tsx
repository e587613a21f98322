interface FormProblemsProps {
  title: string;
  messages: readonly string[];
  testId?: string;
}

/** Above a form: what it could not save, for problems that no single field of it shows. */
export function FormProblems({ title, messages, testId }: FormProblemsProps) {
  if (messages.length === 0) return null;
  return (
    <div className="form-error" role="alert" data-testid={testId}>
      <p>{title}</p>
      <ul>
        {messages.map((message, i) => (
          <li key={`${i}-${message}`}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

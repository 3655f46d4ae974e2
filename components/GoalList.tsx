/** The project's goals as a numbered list (from the project file, so the home page and the goals page agree). */
export function GoalList({ goals, compact = false }: { goals: string[]; compact?: boolean }) {
  return (
    <ol className={`grid ${compact ? 'gap-2' : 'mt-6 max-w-3xl gap-4'}`} data-goals>
      {goals.map((goal, index) => (
        <li key={goal} className="flex gap-3">
          <span
            aria-hidden="true"
            className={`flex shrink-0 items-center justify-center rounded-full bg-accent font-bold text-on-accent ${compact ? 'size-7 text-sm' : 'size-9'}`}
          >
            {index + 1}
          </span>
          <span className={compact ? 'pt-0.5' : 'pt-1.5 text-lg'}>{goal}</span>
        </li>
      ))}
    </ol>
  );
}

/** A table's row of column headings; `null` leaves a column without one (a column of buttons). */
export function TableHead({ labels, cellClassName }: { labels: (string | null)[]; cellClassName: string }) {
  return (
    <thead>
      <tr className="border-b-2 border-line">
        {labels.map((label, index) =>
          label === null ? (
            <td key={index} />
          ) : (
            <th key={index} scope="col" className={cellClassName}>
              {label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

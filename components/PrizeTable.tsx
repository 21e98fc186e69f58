export interface PrizeRow {
  rank: string;
  winners: string;
  amount: string;
}

/** The contest's prizes, already formatted in the writer's language. */
export function PrizeTable({ caption, pool, rows }: { caption: string; pool?: string; rows: PrizeRow[] }) {
  if (!rows.length && !pool) return null;
  return (
    <section className="prizes">
      <table>
        <caption>
          {caption}
          {pool ? <span className="pool"> · {pool}</span> : null}
        </caption>
        <tbody>
          {rows.map((row) => (
            <tr key={row.rank}>
              <th scope="row">{row.rank}</th>
              <td>{row.winners}</td>
              <td className="amount">{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

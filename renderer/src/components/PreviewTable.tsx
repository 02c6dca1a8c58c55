import type { CsvPreview } from '../../../shared/import/csv-preview';

export function PreviewTable({ header, rows }: Pick<CsvPreview, 'header' | 'rows'>) {
  return (
    <div className="table-wrap">
      <table className="preview" data-testid="preview-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            {header.map((name, index) => (
              <th scope="col" key={index}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <td className="line">{row.line}</td>
              {header.map((_name, index) => (
                <td key={index}>{row.cells[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'react';
import { ATS_PRESET_IDS, ATS_PRESETS, atsCsv, atsCsvFileName, type AtsPresetId } from '@/lib/shortlists/export/ats-presets';
import type { Candidate } from '@/lib/shortlists/records';
import { plural } from '@/lib/text/plural';
import type { RunAction } from './NoticeBar';

/**
 * "Export for Greenhouse / Lever / Ashby / Workable": the vendor's own import
 * file, no key needed. The selected candidates, or everyone in view.
 */
export function AtsCsvExport(props: {
  candidateIds: string[];
  listName: string;
  readWhole: (ids: string[]) => Promise<Candidate[]>;
  download: (fileName: string, mimeType: string, content: string) => void;
  run: RunAction;
}) {
  const [presetId, setPresetId] = useState<AtsPresetId>('greenhouse');
  const preset = ATS_PRESETS[presetId];
  const exportFile = () =>
    void props.run(async () => {
      const file = atsCsv(presetId, await props.readWhole(props.candidateIds));
      if (file.written > 0) props.download(atsCsvFileName(props.listName, presetId), 'text/csv', file.csv);
      const skipped = file.skipped.map(({ name, reason }) => `${name} (${reason})`).join('; ');
      const written = file.written > 0 ? `Exported ${plural(file.written, 'candidate')} for ${preset.name}.` : `Nothing exported for ${preset.name}.`;
      return skipped ? `${written} Skipped ${file.skipped.length}: ${skipped}.` : written;
    });
  return (
    <>
      <label className="pyvet-field">
        ATS file
        <select value={presetId} onChange={(event) => setPresetId(ATS_PRESET_IDS.find((id) => id === event.target.value) ?? 'greenhouse')}>
          {ATS_PRESET_IDS.map((id) => (
            <option key={id} value={id}>
              {ATS_PRESETS[id].name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" disabled={props.candidateIds.length === 0} onClick={exportFile}>
        Export for {preset.name}
      </button>
    </>
  );
}

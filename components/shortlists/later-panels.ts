// What the shortlists page needs only after its first screen: the toolbar's exports and import,
// and the panels a click opens. Loaded apart (ShortlistsPage.tsx), so the scripts the browser
// compiles before the first screen are smaller; papaparse and the import's parsing go with them.
export { AtsCsvExport } from './AtsCsvExport';
export { AtsSendPanel } from './AtsSendPanel';
export { CandidateDetails } from './CandidateDetails';
export { CompareCandidates } from './CompareCandidates';
export { ImportPanel } from './ImportPanel';
export { candidatesJson, exportFileName, shortlistCsv, shortlistJson } from '@/lib/shortlists/export/shortlist-export';

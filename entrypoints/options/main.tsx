import { createRoot } from 'react-dom/client';
import { OptionsApp } from './OptionsApp';
import '../../components/theme.css';
import '../../components/panel.css';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsApp />);

import { createRoot } from 'react-dom/client';
import { PopupApp } from './PopupApp';
import '../../components/theme.css';
import '../../components/panel.css';
import './popup.css';

createRoot(document.getElementById('root')!).render(<PopupApp />);

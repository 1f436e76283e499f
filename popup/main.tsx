import { render } from 'preact';
import { App } from './App.tsx';
import './theme.css';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<App />, root);

// The feedback app: a form whose entries are kept as text files, one per title.
const fs = require('fs').promises;
const exists = require('fs').exists;
const path = require('path');

const express = require('express');
const bodyParser = require('body-parser');

const app = express();

app.use(bodyParser.urlencoded({ extended: false }));
app.use(express.static('public'));
app.use('/feedback', express.static('feedback'));

app.get('/', (req, res) => {
  res.sendFile(path.join(__dirname, 'pages', 'feedback.html'));
});

app.get('/exists', (req, res) => {
  res.sendFile(path.join(__dirname, 'pages', 'exists.html'));
});

app.post('/create', async (req, res) => {
  const fileName = req.body.title.toLowerCase() + '.txt';
  const draftPath = path.join(__dirname, 'temp', fileName);
  const savedPath = path.join(__dirname, 'feedback', fileName);

  // Write a draft first, then move it next to the saved feedback.
  await fs.writeFile(draftPath, req.body.text);
  exists(savedPath, async (taken) => {
    if (taken) {
      res.redirect('/exists');
      return;
    }
    await fs.rename(draftPath, savedPath);
    res.redirect('/');
  });
});

app.listen(80);

<p title="${b}">${b}</p>

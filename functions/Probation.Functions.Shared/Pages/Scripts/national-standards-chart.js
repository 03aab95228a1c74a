// Draws the National Standards page's bar chart (Chart.js) from the figures the page carries; the table beside it is
// the accessible alternative and the figures' source of truth.
(function () {
  const canvas = document.getElementById('ns-chart')
  const data = document.getElementById('ns-chart-data')
  if (!canvas || !data || typeof Chart === 'undefined') {
    return
  }

  const figures = JSON.parse(data.textContent)
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: figures.labels,
      datasets: [{ label: 'Percentage on time', data: figures.percentOnTime, backgroundColor: '#1d70b8' }]
    },
    options: {
      animation: false,
      scales: { y: { min: 0, max: 100, title: { display: true, text: '% on time' } } },
      plugins: { legend: { display: false } }
    }
  })
})()

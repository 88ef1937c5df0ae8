module.exports = require('./wasipy.linux-x64-gnu.node')

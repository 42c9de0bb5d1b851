## English. Every message of the program; scenario texts stay in the scenario.
## Another language: copy this file to locales/<code>.ftl and translate it.

# How numbers are written: the example 1,234.5 in this language.
number-format = 1,234.5

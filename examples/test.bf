Test program for the bf example: every line of its output is checked
against the file test dot out

Line 1: the digits 0 to 9 (a counted loop)
++++++++++[>+++++>+<<-]>--<++++++++++[>.+<-]>>.

Line 2: the letter A reached through wrap around (0 minus 1 is 255 and
255 plus 66 is 65)
>-[->+<]>>++++++[<+++++++++++>-]<.<<.

Lines 3 to 6: a triangle of stars (nested loops and copying a cell)
>>>>++++>>>>++++++[<+++++++>-]++++++++++<<<<
[>+[->+>>>+<<<<]>>>>[-<<<<+>>>>]<<<[>.<-]>>.<<<<-]

Line 7: the end of the input reads as 0 so this prints Z only then
>>>>>>>>,[+]++++++++++[>+++++++++<-]>.<++++++++++.

# Lines of prefix words alone: GNU takes the last word as a stand-alone
# prefix and rejects lock, rep/repne, bnd, notrack, xacquire/xrelease
# before it, and (as before any instruction) a REX bit given twice
# expect: 14:6: lockable
# expect: 15:5: invalid instruction `data16' after `rep'
# expect: 16:7: invalid instruction `fs' after `repne'
# expect: 17:5: valid branch
# expect: 18:9: indirect branch
# expect: 19:10: invalid instruction `lock' after `xacquire'
# expect: 20:7: same type of prefix
# expect: 21:7: same type of prefix
# expect: 22:8: 32-bit address isn't allowed
.intel_syntax noprefix
lock data16
rep data16
repne fs
bnd lock
notrack rex.w
xacquire lock
rex.w rex.w nop
rex.b rex.b fs
addr32 bnd
data16 ds rex.WRXB
rex.b rex.x nop
